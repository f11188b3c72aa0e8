#include "logging.h"

Q_LOGGING_CATEGORY(lcModel, "attention.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCanvas, "attention.canvas", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChart, "attention.chart", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFile, "attention.file", QtInfoMsg)
