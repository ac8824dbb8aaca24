# ctest: every tr() string in ui/ has a finished German and French translation, and every
# plural ("%n file(s)") its English forms ("1 file" / "2 files"; famscope_en.ts holds only
# those, so lupdate runs on it with -pluralonly). lupdate runs on a copy of each .ts (the
# source tree is never touched), so a string added to the code but not yet translated shows up
# as "unfinished" and fails the test, naming the string.
# -DLUPDATE=... -DUI_DIR=... -DINCLUDE_ROOT=... -DTS_DIR=... -DWORK=... ($FAMSCOPE_TEST_WORK_DIR replaces the
# build-tree WORK when set, for a user who may not write the build tree)
if(NOT "$ENV{FAMSCOPE_TEST_WORK_DIR}" STREQUAL "")
  set(WORK "$ENV{FAMSCOPE_TEST_WORK_DIR}/translations-check")
endif()
file(MAKE_DIRECTORY ${WORK})
set(problems "")
foreach(lang de fr en)
  set(copy ${WORK}/famscope_${lang}.ts)
  file(COPY_FILE ${TS_DIR}/famscope_${lang}.ts ${copy})
  set(plural_only "")
  if(lang STREQUAL "en")
    set(plural_only -pluralonly)
  endif()
  execute_process(COMMAND ${LUPDATE} -silent -locations none ${plural_only} -I ${INCLUDE_ROOT} ${UI_DIR}
                          -ts ${copy}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${err}")
  endif()
  file(READ ${copy} ts)
  string(REGEX MATCHALL "<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" missing
         "${ts}")
  foreach(m ${missing})
    string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" text "${m}")
    string(APPEND problems "  ${lang}: ${text}\n")
  endforeach()
endforeach()
if(problems)
  message(FATAL_ERROR "untranslated strings (translate them in translations/*.ts):\n${problems}")
endif()
message(STATUS "German and French translations and English plural forms are complete")
