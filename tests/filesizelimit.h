#pragma once

#include <csignal>
#include <sys/resource.h>

// Lowers this process's file-size limit (RLIMIT_FSIZE), with SIGXFSZ ignored
// so that a write past it fails with EFBIG instead of ending the process, as
// `trap '' XFSZ; ulimit -f N` does for a child; both are restored when it goes
// out of scope (only the soft limit changes, so it may be raised back).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_valid = getrlimit(RLIMIT_FSIZE, &m_old) == 0;
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_valid = m_valid && setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

    bool isValid() const { return m_valid; }

private:
    rlimit m_old {};
    void (*m_handler)(int) = SIG_DFL;
    bool m_valid = false;
};
