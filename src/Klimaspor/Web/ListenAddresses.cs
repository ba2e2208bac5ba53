using System.Net;
using System.Net.Sockets;

namespace Klimaspor.Web;

/// <summary>
/// Where the app listens: <c>http://localhost:5080</c> unless chosen the usual ASP.NET Core way (<c>--urls</c>,
/// <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c> or Kestrel endpoints in configuration), and a check that the
/// port is free before start-up does anything heavy: the web server is the last hosted service to start, so a taken
/// port would otherwise be found only after the migrations and the demo data, as a stack trace.
/// </summary>
public static class ListenAddresses
{
    public const string Default = "http://localhost:5080";

    /// <summary>Listens on <see cref="Default"/> when configuration names no address.</summary>
    public static void UseDefaultUnlessChosen(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (string.IsNullOrEmpty(configuration["urls"]) && string.IsNullOrEmpty(configuration["http_ports"])
            && string.IsNullOrEmpty(configuration["https_ports"]) && !configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(Default);
        }
    }

    /// <summary>The first configured address whose port another process holds, with the port, or null when all are free.</summary>
    public static (string Address, int Port)? FirstTaken(IConfiguration configuration)
    {
        foreach (var url in Configured(configuration))
        {
            BindingAddress address;
            try
            {
                address = BindingAddress.Parse(url);
            }
            catch (FormatException)
            {
                continue; // Kestrel reports an address it cannot read itself.
            }

            if (address.IsUnixPipe || address.Port == 0)
            {
                continue;
            }

            if (!CanListen(address.Host, address.Port))
            {
                return (url, address.Port);
            }
        }

        return null;
    }

    /// <summary>The one line a person reads when the port is taken, naming how to choose another.</summary>
    public static string TakenMessage((string Address, int Port) taken) =>
        $"Klimaspor cannot listen on {taken.Address}: port {taken.Port} is in use by another program. " +
        $"Stop it, or choose another port, e.g. dotnet run --project src/Klimaspor -- --urls http://localhost:{NextPort(taken.Port)}";

    private static int NextPort(int port) => port < IPEndPoint.MaxPort ? port + 1 : 5081;

    private static IEnumerable<string> Configured(IConfiguration configuration)
    {
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>().ToList();
        if (endpoints.Count > 0)
        {
            return endpoints; // Kestrel then ignores the other settings.
        }

        if (configuration["urls"] is { Length: > 0 } urls)
        {
            return urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        return Ports(configuration["http_ports"], "http").Concat(Ports(configuration["https_ports"], "https"));
    }

    private static IEnumerable<string> Ports(string? ports, string scheme) =>
        (ports ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"{scheme}://*:{p}");

    /// <summary>
    /// Whether a listening socket can be opened where Kestrel would open it: on IPv4 loopback for <c>localhost</c> (Kestrel
    /// fails only when that one is taken), on the address itself for an IP, on every interface otherwise.
    /// </summary>
    private static bool CanListen(string host, int port)
    {
        IPAddress ip;
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            ip = IPAddress.Loopback;
        }
        else if (!IPAddress.TryParse(host.Trim('[', ']'), out ip!))
        {
            ip = Socket.OSSupportsIPv6 ? IPAddress.IPv6Any : IPAddress.Any;
        }

        using var socket = new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        if (ip.Equals(IPAddress.IPv6Any))
        {
            socket.DualMode = true;
        }

        try
        {
            socket.Bind(new IPEndPoint(ip, port));
            socket.Listen();
            return true;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return false;
        }
        catch (SocketException)
        {
            return true; // Not a taken port: Kestrel tries for itself and says what is wrong.
        }
    }
}
