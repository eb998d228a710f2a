#include "categories.h"

Q_LOGGING_CATEGORY(lcApp, "cybos.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFeed, "cybos.feed", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEmulator, "cybos.emulator", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "cybos.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServices, "cybos.services", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "cybos.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcForward, "cybos.forward", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "cybos.ui", QtInfoMsg)
