// An LD_PRELOAD library that records every attempt of its process to use the network:
// socket() of any family but AF_UNIX, connect(), sendto() and bind() to a non-local-socket
// address, and host name look-ups. One line per attempt is appended to the file named by
// GOODWILL_NETLOG; the call itself then goes ahead. tst_nonetwork runs the real goodwill
// binary under it. (Built without sanitizers: it is loaded before them.)
#include <dlfcn.h>
#include <fcntl.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace {

void record(const char *call, int family, const char *detail = "")
{
    if (family == AF_UNIX)
        return;
    const char *log = std::getenv("GOODWILL_NETLOG");
    if (!log)
        return;
    const int fd = ::open(log, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    char line[512];
    const int size = std::snprintf(line, sizeof line, "%s family=%d pid=%d %s\n", call, family,
                                   int(::getpid()), detail ? detail : "");
    if (size > 0)
        (void)!::write(fd, line, size_t(size) < sizeof line ? size_t(size) : sizeof line - 1);
    ::close(fd);
}

template <typename Function> Function next(const char *name)
{
    return reinterpret_cast<Function>(::dlsym(RTLD_NEXT, name));
}

// Proof that the library was loaded at all: "loaded PID" in GOODWILL_NETSHIM_LOADED.
__attribute__((constructor)) void announce()
{
    const char *file = std::getenv("GOODWILL_NETSHIM_LOADED");
    if (!file)
        return;
    const int fd = ::open(file, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    char line[64];
    const int size = std::snprintf(line, sizeof line, "loaded %d\n", int(::getpid()));
    if (size > 0)
        (void)!::write(fd, line, size_t(size));
    ::close(fd);
}

} // namespace

extern "C" {

int socket(int domain, int type, int protocol)
{
    record("socket", domain);
    static const auto real = next<int (*)(int, int, int)>("socket");
    return real(domain, type, protocol);
}

int connect(int fd, const struct sockaddr *address, socklen_t length)
{
    record("connect", address ? address->sa_family : -1);
    static const auto real = next<int (*)(int, const struct sockaddr *, socklen_t)>("connect");
    return real(fd, address, length);
}

int bind(int fd, const struct sockaddr *address, socklen_t length)
{
    record("bind", address ? address->sa_family : -1);
    static const auto real = next<int (*)(int, const struct sockaddr *, socklen_t)>("bind");
    return real(fd, address, length);
}

ssize_t sendto(int fd, const void *buffer, size_t size, int flags, const struct sockaddr *address,
               socklen_t length)
{
    if (address)
        record("sendto", address->sa_family);
    static const auto real =
        next<ssize_t (*)(int, const void *, size_t, int, const struct sockaddr *, socklen_t)>(
            "sendto");
    return real(fd, buffer, size, flags, address, length);
}

int getaddrinfo(const char *node, const char *service, const struct addrinfo *hints,
                struct addrinfo **result)
{
    record("getaddrinfo", -1, node ? node : "(null)");
    static const auto real =
        next<int (*)(const char *, const char *, const struct addrinfo *, struct addrinfo **)>(
            "getaddrinfo");
    return real(node, service, hints, result);
}

struct hostent *gethostbyname(const char *name)
{
    record("gethostbyname", -1, name ? name : "(null)");
    static const auto real = next<struct hostent *(*)(const char *)>("gethostbyname");
    return real(name);
}

} // extern "C"
