#include "logging.h"

Q_LOGGING_CATEGORY(lcModel, "attention.model", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCanvas, "attention.canvas", QtWarningMsg)
Q_LOGGING_CATEGORY(lcChart, "attention.chart", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFile, "attention.file", QtWarningMsg)
