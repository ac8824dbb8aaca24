# What `cmake --install` adds besides the executable and the GUI library (their rules are next
# to their targets): desktop integration, the man page, and the CPack Debian package.
include(GNUInstallDirs)

# Desktop integration under the one application id (FAMSCOPE_APP_ID). The translations need no
# files here: they are compiled into the GUI library (:/i18n), so any prefix finds them.
install(FILES ${CMAKE_SOURCE_DIR}/resources/${FAMSCOPE_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/resources/${FAMSCOPE_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/resources/famscope.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${FAMSCOPE_APP_ID}.svg)

# famscope(1), compressed as Debian policy asks (man reads .gz directly).
set(FAMSCOPE_MAN_PAGE ${CMAKE_SOURCE_DIR}/docs/famscope.1)
set(FAMSCOPE_MAN_PAGE_GZ ${CMAKE_BINARY_DIR}/famscope.1.gz)
add_custom_command(OUTPUT ${FAMSCOPE_MAN_PAGE_GZ}
                   COMMAND gzip -9 -n -c ${FAMSCOPE_MAN_PAGE} > ${FAMSCOPE_MAN_PAGE_GZ}
                   DEPENDS ${FAMSCOPE_MAN_PAGE}
                   COMMENT "Compressing famscope.1")
add_custom_target(famscope-man ALL DEPENDS ${FAMSCOPE_MAN_PAGE_GZ})
install(FILES ${FAMSCOPE_MAN_PAGE_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Debian package (`cpack -G DEB` in a release build; .ci/package-check builds and installs it).
# The Depends line comes from the libraries the binaries really link (dpkg-shlibdeps; that
# includes libqt6svg6, whose icon engine plugin renders the window icon). Recommended: the
# Wayland platform plugins and Qt's own translations of its dialogs.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME famscope)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "famscope maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "inspector and editor for famfs shared-memory file systems")
set(CPACK_PACKAGE_DESCRIPTION
    "famscope opens a famfs devdax device or image file, decodes its superblock and metadata\n"
    "log, replays the log into the namespace a famfs mount would build, and resolves file\n"
    "offsets to device offsets as the kernel does on a fault. It is a desktop application\n"
    "and a command line tool (info, log, ls, getmap, resolve, fsck, bench, and commands that\n"
    "write a file system the way the famfs tools do).")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libdaxctl is loaded with dlopen (core/media/DaxctlLibrary.h), which dpkg-shlibdeps cannot see:
# name the package that ships it here, with the version its shlibs file asks for (as
# dpkg-shlibdeps does for a linked library); CPack adds the computed Depends to this line.
set(CPACK_DEBIAN_PACKAGE_DEPENDS libdaxctl1)
find_program(DPKG_QUERY dpkg-query)
if(DPKG_QUERY)
  # "libdaxctl1:amd64: /usr/lib/x86_64-linux-gnu/libdaxctl.so.1" -> libdaxctl1
  execute_process(COMMAND ${DPKG_QUERY} -S ${DAXCTL_LIBDIR}/${FAMSCOPE_DAXCTL_SONAME}
                  OUTPUT_VARIABLE daxctl_owner RESULT_VARIABLE daxctl_rc ERROR_QUIET)
  if(daxctl_rc EQUAL 0 AND daxctl_owner MATCHES "^([^:]+)")
    set(daxctl_package ${CMAKE_MATCH_1})
    # "libdaxctl 1 libdaxctl1 (>= 76.1)" -> "libdaxctl1 (>= 76.1)"
    execute_process(COMMAND ${DPKG_QUERY} --control-show ${daxctl_package} shlibs
                    OUTPUT_VARIABLE daxctl_shlibs ERROR_QUIET)
    if(daxctl_shlibs MATCHES "(^|\n)libdaxctl 1 ([^\n]+)")
      set(CPACK_DEBIAN_PACKAGE_DEPENDS "${CMAKE_MATCH_2}")
    else()
      set(CPACK_DEBIAN_PACKAGE_DEPENDS ${daxctl_package})
    endif()
  endif()
endif()
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-qpa-plugins, qt6-translations-l10n")
include(CPack)
