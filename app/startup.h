// Process and application set-up shared by the app and its start-up benchmark.
#pragma once

namespace startup {

// Sets the application and organisation names, which QSettings uses. Call it
// before creating the QApplication.
void prepareProcess();

// Sets the display name, desktop file name and window icon, and installs the
// interface language saved in the settings. Call it after creating the
// QApplication and before the first window.
void prepareGuiApplication();

} // namespace startup
