#pragma once
// The COM apartment of the current thread. Cybos' objects are apartment-threaded: their
// Received events reach only an STA thread that pumps messages. QApplication's Windows
// platform plugin calls OleInitialize, but QCoreApplication (probe, com, headless) does not,
// so those initialise the apartment themselves (../shared/activeqt.md §4). Declare it before
// the COM objects so it outlives them. No-op off Windows except for flushing deleteLater.
namespace cybos {

class ComApartment
{
public:
    ComApartment();
    ~ComApartment();
    ComApartment(const ComApartment &) = delete;
    ComApartment &operator=(const ComApartment &) = delete;

private:
    bool m_initialized = false;
};

} // namespace cybos
