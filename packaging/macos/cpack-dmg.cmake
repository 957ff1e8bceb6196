# SPDX-License-Identifier: GPL-3.0-or-later
# The macOS application: WGLL Workbench.app (Info.plist with the .wgll type declared as a UTI),
# the Qt frameworks copied in by macdeployqt, the wgll command line inside the bundle, in a DMG.
# Built and tested on a macOS runner (.github/workflows/windows-macos.yml), never on Debian;
# see docs/packaging.md. Not signed or notarised: that needs the project's Apple Developer ID.
set_target_properties(wgll-workbench PROPERTIES
  MACOSX_BUNDLE ON
  OUTPUT_NAME "WGLL Workbench"
  MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
  MACOSX_BUNDLE_BUNDLE_NAME "WGLL Workbench"
  MACOSX_BUNDLE_GUI_IDENTIFIER org.wgll.Workbench
  MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
  MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
  MACOSX_BUNDLE_ICON_FILE org.wgll.Workbench.icns)

# The icon (made from the SVG on Debian and committed: packaging/CMakeLists.txt), copied into
# the bundle's Resources, where CFBundleIconFile and the document type's icon name it.
set(icon_icns ${CMAKE_CURRENT_LIST_DIR}/org.wgll.Workbench.icns)
target_sources(wgll-workbench PRIVATE ${icon_icns})
set_source_files_properties(${icon_icns} TARGET_DIRECTORY wgll-workbench
                            PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

# macdeployqt, run by Qt's own deployment script at install (and so at package) time.
qt_generate_deploy_app_script(TARGET wgll-workbench FILENAME_VARIABLE workbench_deploy
                              NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${workbench_deploy})

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "WGLL Workbench ${PROJECT_VERSION}")
set(CPACK_PACKAGE_FILE_NAME "wgll-workbench-${PROJECT_VERSION}-macos")
