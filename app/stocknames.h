#pragma once
// Every listed code for the UI's search, completion and name column, read from the database on
// the calling (GUI) thread's read-only connection.
#include "ui/uicontext.h"

namespace cybos {

class Database;

StockListProvider makeStockListProvider(const Database *database);

} // namespace cybos
