using System.Net;
using System.Net.Sockets;

namespace Crm.Testing.Databases;

internal static class FreeTcpPort
{
    /// <summary>
    /// A loopback port that was free a moment ago. Another process may take it before the server
    /// binds it, which is why <see cref="PostgresServer"/> retries its start with a new port.
    /// </summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
