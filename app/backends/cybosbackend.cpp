// The cybos backend: the real Cybos Plus COM objects through ActiveQt, which exists on Windows
// only; elsewhere this file is empty and backends.cpp answers backend_unavailable.
#include "combackend.h"
#ifdef Q_OS_WIN
#include "cybos/adapter/cybosfeed.h"
#include "cybos/axobject/axdispatch.h"

namespace cybos {

Result<Backend> createCybosBackend(const Config &config)
{
    Backend backend;
    backend.dispatch = std::make_unique<AxDispatch>();
    backend.feed = makeCybosFeed(config, *backend.dispatch, backendKindName(BackendKind::Cybos));
    return backend;
}

} // namespace cybos
#endif
