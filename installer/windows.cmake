# Windows (32-bit, see docs/windows.md): the executable's icon, version and manifest, the Qt
# runtime laid out beside it, and the NSIS installer. Included by installer/CMakeLists.txt
# only when WIN32.
include(${CMAKE_CURRENT_LIST_DIR}/qtruntime.cmake)

# Cybos Plus is a 32-bit in-process COM server: a 64-bit build can never load it.
if(CMAKE_SIZEOF_VOID_P EQUAL 8)
  message(WARNING "This is a 64-bit build: it cannot load Cybos Plus (32-bit COM) and only "
                  "the emulator, replay and relay backends will work. Configure with the "
                  "windows-x86 preset (MSVC x86, vcpkg triplet x86-windows).")
endif()

# vcpkg builds qthttpserver without WebSocket support when qtwebsockets happens to be built
# after it (the port does not declare the dependency): /ws would then refuse every upgrade.
get_target_property(cybos_httpserver_links Qt6::HttpServer INTERFACE_LINK_LIBRARIES)
if(NOT cybos_httpserver_links MATCHES "WebSockets")
  message(FATAL_ERROR "Qt HTTP Server was built without Qt WebSockets. Rebuild it after "
                      "qtwebsockets: see 'Building' in docs/windows.md.")
endif()

# Icon and version resource, and the application manifest (merged by the linker).
set(CYBOS_ICON ${PROJECT_SOURCE_DIR}/resources/windows/cybos-server.ico)
configure_file(${PROJECT_SOURCE_DIR}/resources/windows/cybos-server.rc.in
               ${CMAKE_BINARY_DIR}/installer/cybos-server.rc @ONLY)
target_sources(cybos-server PRIVATE ${CMAKE_BINARY_DIR}/installer/cybos-server.rc
                                    ${PROJECT_SOURCE_DIR}/resources/windows/cybos-server.manifest)

cybos_install_qt_runtime(cybos-server DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime
  PLUGINS QWindowsIntegrationPlugin QModernWindowsStylePlugin QWindowsVistaStylePlugin
          QSQLiteDriverPlugin QSchannelBackendPlugin QICOPlugin QSvgPlugin QSvgIconPlugin)

# The MSVC runtime (vcruntime140.dll, msvcp140.dll) beside the executable.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT runtime)
include(InstallRequiredSystemLibraries)

include(${CMAKE_CURRENT_LIST_DIR}/nsis.cmake)
