// tst_nonetwork's self-check: opens a socket on purpose, so the test can show that its
// LD_PRELOAD library sees it. `goodwill_netprobe inet` connects over TCP to 127.0.0.1
// port 9 (nothing need listen), `unix` makes a local socket, `lookup` resolves localhost.
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <string_view>

int main(int argc, char *argv[])
{
    const std::string_view what = argc > 1 ? argv[1] : "";
    if (what == "inet") {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(9);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        (void)::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::close(fd);
        return 0;
    }
    if (what == "unix") {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::strcpy(address.sun_path + 1, "goodwill-netprobe"); // abstract: no file
        (void)::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::close(fd);
        return 0;
    }
    if (what == "lookup") {
        addrinfo *result = nullptr;
        if (::getaddrinfo("localhost", nullptr, nullptr, &result) == 0)
            ::freeaddrinfo(result);
        return 0;
    }
    return 2;
}
