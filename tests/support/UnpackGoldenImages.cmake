# Unpacks every *.img.tar.xz from SRC into DST (sparse), once per archive version; into
# $FAMSCOPE_TEST_WORK_DIR/golden-images instead when that is set (a user who may not write the
# build tree; tests/support/GoldenImages.cpp looks there too).
if(NOT "$ENV{FAMSCOPE_TEST_WORK_DIR}" STREQUAL "")
  set(DST "$ENV{FAMSCOPE_TEST_WORK_DIR}/golden-images")
endif()
if(NOT EXISTS "${SRC}/MANIFEST.json")
  message(FATAL_ERROR
    "famfs golden images not found at ${SRC}.\n"
    "They live in shared/famfs-images beside the famscope checkout; configure with "
    "-DFAMSCOPE_SHARED_DIR=<dir containing famfs-images> if they are elsewhere.")
endif()
file(MAKE_DIRECTORY "${DST}")
file(GLOB archives "${SRC}/*.img.tar.xz")
foreach(archive ${archives})
  get_filename_component(file "${archive}" NAME)
  string(REPLACE ".tar.xz" "" image "${file}")
  set(stamp "${DST}/${image}.stamp")
  file(SHA256 "${archive}" archive_sha)
  if(EXISTS "${stamp}" AND EXISTS "${DST}/${image}")
    file(READ "${stamp}" old_sha)
    if(old_sha STREQUAL archive_sha)
      continue()
    endif()
  endif()
  execute_process(COMMAND tar -xSJf "${archive}" -C "${DST}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "could not unpack ${archive} (tar exit ${rc})")
  endif()
  file(WRITE "${stamp}" "${archive_sha}")
endforeach()
