# The NSIS installer (Windows): a Start menu entry, an uninstaller, and on the finish page
# "start now" and "start when I log in" (the same HKCU Run value the settings dialog's
# "Start when I log in" writes, so the two agree). The welcome and finish pages say what the
# program needs: Cybos Plus running and logged in, and usually administrator rights.
# CPACK_VERBATIM_VARIABLES (installer/CMakeLists.txt) keeps the NSIS text below as written.
set(CPACK_GENERATOR NSIS)
set(CPACK_MONOLITHIC_INSTALL ON)
set(CPACK_PACKAGE_EXECUTABLES cybos-server "Cybos Server")
set(CPACK_NSIS_PACKAGE_NAME "Cybos Server")
set(CPACK_NSIS_DISPLAY_NAME "Cybos Server")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\cybos-server.exe")
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
set(CPACK_NSIS_IGNORE_LICENSE_PAGE ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN cybos-server.exe)
# docs/windows.md as plain text (Windows has no viewer for .md), linked from the Start menu.
install(FILES ${PROJECT_SOURCE_DIR}/docs/windows.md DESTINATION doc RENAME cybos-server-help.txt
        COMPONENT runtime)
set(CPACK_NSIS_MENU_LINKS "doc/cybos-server-help.txt" "Cybos Server help")

file(TO_NATIVE_PATH "${PROJECT_SOURCE_DIR}/resources/windows/cybos-server.ico" icon)
set(run_key "Software\\Microsoft\\Windows\\CurrentVersion\\Run")
set(needs "It needs Cybos Plus (or CREON Plus) installed, started and logged in. Like Daishin's own samples it usually has to run as administrator to reach Cybos Plus.")
# Placed before the installer's pages by CPack's NSIS template (it replaces the icon code CPack
# would generate from CPACK_NSIS_MUI_ICON, hence the two icon lines).
string(JOIN "\n" CPACK_NSIS_INSTALLER_MUI_ICON_CODE
  "!define MUI_ICON \"${icon}\""
  "!define MUI_UNICON \"${icon}\""
  "!define MUI_WELCOMEPAGE_TEXT \"This installs Cybos Server ${PROJECT_VERSION}, which serves Korean stock data from Cybos Plus on a local REST and WebSocket API.$\\r$\\n$\\r$\\n${needs}\""
  "!define MUI_FINISHPAGE_TEXT \"Cybos Server is installed.$\\r$\\n$\\r$\\n${needs} If it reports that it is not connected, see Start menu > Cybos Server > Cybos Server help.\""
  "!define MUI_FINISHPAGE_SHOWREADME"
  "!define MUI_FINISHPAGE_SHOWREADME_NOTCHECKED"
  "!define MUI_FINISHPAGE_SHOWREADME_TEXT \"Start Cybos Server when I log in\""
  "!define MUI_FINISHPAGE_SHOWREADME_FUNCTION CybosStartAtLogin"
  "Function CybosStartAtLogin"
  "  WriteRegStr HKCU \"${run_key}\" \"cybos-server\" '\"$INSTDIR\\bin\\cybos-server.exe\" --start-minimized'"
  "FunctionEnd"
  "")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "DeleteRegValue HKCU \"${run_key}\" \"cybos-server\"")
