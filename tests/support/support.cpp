// Test support library: temporary databases, emulator fixture, fake clock, process helpers.
#include "tempdb.h"
