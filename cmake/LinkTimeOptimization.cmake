# Link-time optimisation where it pays: famscope-core is compiled by GCC into fat LTO objects,
# which carry both GCC's intermediate code and ordinary machine code. The famscope executable
# and bench_parse link with -flto, so GCC inlines across the engine's files (a log replay
# calls from one file into the other several times per entry; `famscope info` and `fsck` on a
# full 64 MiB log run 12 % fewer instructions), and so does the GUI library. Every other
# program, the tests among them, links the machine code. Optimised GCC builds only: not Debug
# (the sanitizer build), not the clang fuzz build.
option(FAMSCOPE_LTO "Link famscope, its GUI library and bench_parse with link-time optimisation" ON)

set(FAMSCOPE_LTO_ACTIVE OFF)
if(FAMSCOPE_LTO AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
  set(FAMSCOPE_LTO_ACTIVE ON)
  # GCC's linker plugin optimises the intermediate code of fat objects at link time whenever
  # they were compiled with -flto, whether the link asks for it or not: without this, every
  # test that links the core ran a whole-program optimisation of it (a GUI test's link took
  # 19 s instead of 2). famscope_lto_link() takes it off its targets again.
  add_link_options(-fno-lto)
endif()

# famscope_lto_objects(target): compile `target` into fat LTO objects.
function(famscope_lto_objects target)
  if(FAMSCOPE_LTO_ACTIVE)
    target_compile_options(${target} PRIVATE -flto=auto -ffat-lto-objects)
  endif()
endfunction()

# famscope_lto_link(target): compile `target` for LTO and optimise it at link time, together
# with the fat objects it links.
function(famscope_lto_link target)
  if(FAMSCOPE_LTO_ACTIVE)
    # -fno-lto anywhere on the command line keeps GCC from loading its linker plugin, even
    # before a -flto: it must go, not be overridden.
    get_target_property(options ${target} LINK_OPTIONS)
    list(REMOVE_ITEM options -fno-lto)
    set_target_properties(${target} PROPERTIES LINK_OPTIONS "${options}")
    target_compile_options(${target} PRIVATE -flto=auto)
    target_link_options(${target} PRIVATE -flto=auto)
  endif()
endfunction()
