# Linux install layout and the Debian package (included by installer/CMakeLists.txt).
# The translations are compiled into the binary as Qt resources (:/i18n), so no .qm is installed.
install(TARGETS cybos-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
set(icons ${PROJECT_SOURCE_DIR}/resources/icons)
install(FILES ${icons}/cybos-server.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT runtime)
foreach(size 16 22 24 32 48 64 128 256)
  install(FILES ${icons}/cybos-server.${size}x${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
          RENAME cybos-server.png COMPONENT runtime)
endforeach()
install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/cybos-server.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT runtime)

# The systemd user unit is written at install time, so its ExecStart names the prefix really
# installed to (/usr in the .deb, /usr/local for a plain `cmake --install`).
set(unit_in ${CMAKE_CURRENT_LIST_DIR}/linux/cybos-server.service.in)
set(unit_out ${CMAKE_BINARY_DIR}/installer/cybos-server.service)
install(CODE "
  set(CYBOS_SERVER_EXE \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/cybos-server\")
  configure_file(\"${unit_in}\" \"${unit_out}\" @ONLY)
  file(INSTALL DESTINATION \"\${CMAKE_INSTALL_PREFIX}/lib/systemd/user\" TYPE FILE
       FILES \"${unit_out}\")
" COMPONENT runtime)

set(CPACK_GENERATOR DEB)
# DESTDIR staging keeps CMAKE_INSTALL_PREFIX at /usr while cpack installs, which the unit needs.
set(CPACK_SET_DESTDIR ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
# Korean stock names in the window need a CJK font.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk")
# Plugins are loaded at run time, so dpkg-shlibdeps cannot see them: name them here.
set(plugin_depends "libqt6sql6-sqlite")
find_program(CYBOS_DPKG_SHLIBDEPS dpkg-shlibdeps)
mark_as_advanced(CYBOS_DPKG_SHLIBDEPS)
if(CYBOS_DPKG_SHLIBDEPS)
  # Exact, versioned dependencies from the libraries the binary really links (Qt, QCoro, ...).
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "${plugin_depends}")
else()
  # Without dpkg-dev: Debian 12's names for what the binary links.
  message(STATUS "dpkg-shlibdeps not found (package dpkg-dev): the .deb lists Debian 12's Qt packages")
  string(JOIN ", " CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6core6 (>= 6.4)" "libqt6gui6 (>= 6.4)" "libqt6widgets6 (>= 6.4)"
    "libqt6network6 (>= 6.4)" "libqt6sql6 (>= 6.4)" "libqt6httpserver6 (>= 6.4)"
    "libqt6websockets6 (>= 6.4)" "libqt6charts6 (>= 6.4)" "libqcoro6core0" "libqcoro6network0" "libqcoro6websockets0"
    "libsqlite3-0" "${plugin_depends}")
endif()
