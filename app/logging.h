// Logging categories of the app; enable with QT_LOGGING_RULES="attention.*.debug=true".
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcModel)
Q_DECLARE_LOGGING_CATEGORY(lcCanvas)
Q_DECLARE_LOGGING_CATEGORY(lcChart)
Q_DECLARE_LOGGING_CATEGORY(lcFile)
