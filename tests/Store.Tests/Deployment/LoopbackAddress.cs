using System.Net;
using System.Net.Sockets;

namespace Store.Tests.Deployment;

/// <summary>
/// Connections from a chosen 127.x.y.z address. The proxy, the shopper and the nodes all live on this machine;
/// giving the proxy and the shopper addresses of their own is what lets a node tell them apart.
/// </summary>
internal static class LoopbackAddress
{
    /// <summary>The shopper's address as the shop should see it.</summary>
    public static readonly IPAddress Shopper = IPAddress.Parse("127.0.0.3");

    /// <summary>The proxy's address, the one the nodes are told to trust.</summary>
    public static readonly IPAddress Proxy = IPAddress.Parse("127.0.0.2");

    public static SocketsHttpHandler From(IPAddress local, SocketsHttpHandler? handler = null)
    {
        handler ??= new SocketsHttpHandler();
        handler.ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(local, 0));
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Parse(context.DnsEndPoint.Host), context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
        return handler;
    }
}
