#include "comapartment.h"
#include <QCoreApplication>
#include <QEvent>
#ifdef Q_OS_WIN
#include <objbase.h>
#endif

namespace cybos {

ComApartment::ComApartment()
{
#ifdef Q_OS_WIN
    // S_FALSE (already an STA) also needs the matching CoUninitialize; RPC_E_CHANGED_MODE
    // (an MTA) does not, and Cybos events would not arrive: nothing more can be done here.
    const HRESULT hr = CoInitializeEx(nullptr, COINIT_APARTMENTTHREADED);
    m_initialized = SUCCEEDED(hr);
#endif
}

ComApartment::~ComApartment()
{
    // Objects released with deleteLater must go before the apartment does.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
#ifdef Q_OS_WIN
    if (m_initialized)
        CoUninitialize();
#endif
}

} // namespace cybos
