// Logging categories of the app. Only warnings show by default; more with
// QT_LOGGING_RULES="attention.*.debug=true" (or .info).
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcModel)
Q_DECLARE_LOGGING_CATEGORY(lcCanvas)
Q_DECLARE_LOGGING_CATEGORY(lcChart)
Q_DECLARE_LOGGING_CATEGORY(lcFile)
