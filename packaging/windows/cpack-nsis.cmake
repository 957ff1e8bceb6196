# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows installer: NSIS through CPack, with the Qt libraries and plugins copied beside the
# programs by windeployqt, the .wgll file association, a Start menu entry and an uninstaller.
# Built and tested on a Windows runner (.github/workflows/windows-macos.yml), never on Debian;
# see docs/packaging.md.
set_target_properties(wgll-workbench PROPERTIES WIN32_EXECUTABLE ON)  # no console window

# The icon (made from the SVG on Debian and committed: packaging/CMakeLists.txt), as the exe's
# first icon resource: Explorer, the Start menu entry and the .wgll association ("exe,0") show it.
set(icon_ico ${CMAKE_CURRENT_LIST_DIR}/org.wgll.Workbench.ico)
target_sources(wgll-workbench PRIVATE ${CMAKE_CURRENT_LIST_DIR}/wgll-workbench.rc)
set_property(SOURCE ${CMAKE_CURRENT_LIST_DIR}/wgll-workbench.rc TARGET_DIRECTORY wgll-workbench
             APPEND PROPERTY OBJECT_DEPENDS ${icon_ico})

# windeployqt, run by Qt's own deployment script at install (and so at package) time.
qt_generate_deploy_app_script(TARGET wgll-workbench FILENAME_VARIABLE workbench_deploy
                              NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${workbench_deploy})
qt_generate_deploy_app_script(TARGET wgll FILENAME_VARIABLE wgll_deploy NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${wgll_deploy})

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "WGLL Workbench")
set(CPACK_PACKAGE_EXECUTABLES "wgll-workbench" "WGLL Workbench")
set(CPACK_NSIS_DISPLAY_NAME "WGLL Workbench ${PROJECT_VERSION}")
set(CPACK_NSIS_PACKAGE_NAME "WGLL Workbench")
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_MUI_ICON ${icon_ico})    # the installer's own icon
set(CPACK_NSIS_MUI_UNIICON ${icon_ico}) # and the uninstaller's
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\wgll-workbench.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON)  # offers to put wgll.exe on PATH
set(CPACK_PACKAGE_FILE_NAME "wgll-workbench-${PROJECT_VERSION}-windows-x64")

# The .wgll association: a ProgID that opens the file in the workbench, registered for the
# installing user or machine (SHCTX follows the installer's choice) and removed by the
# uninstaller; SHChangeNotify makes Explorer show the new type at once.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr SHCTX "Software\Classes\.wgll" "" "WGLLWorkbench.Assessment"
  WriteRegStr SHCTX "Software\Classes\.wgll" "Content Type" "application/x-wgll"
  WriteRegStr SHCTX "Software\Classes\WGLLWorkbench.Assessment" "" "WGLL assessment"
  WriteRegStr SHCTX "Software\Classes\WGLLWorkbench.Assessment\DefaultIcon" "" "$INSTDIR\bin\wgll-workbench.exe,0"
  WriteRegStr SHCTX "Software\Classes\WGLLWorkbench.Assessment\shell\open\command" "" '"$INSTDIR\bin\wgll-workbench.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegKey SHCTX "Software\Classes\WGLLWorkbench.Assessment"
  DeleteRegValue SHCTX "Software\Classes\.wgll" ""
  DeleteRegValue SHCTX "Software\Classes\.wgll" "Content Type"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.wgll"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
