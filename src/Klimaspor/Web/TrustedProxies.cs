using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Klimaspor.Web;

/// <summary>
/// Behind a TLS-terminating proxy the connection is plain HTTP from the proxy's address; the proxy says the client's
/// scheme and address in X-Forwarded-Proto and X-Forwarded-For. Those headers are believed only from the proxies and
/// networks configured here (nothing by default, not even loopback: anyone could send them), so that the cookie is
/// Secure, HSTS is sent and the rate limits count the real client.
/// </summary>
public static class TrustedProxies
{
    public static IServiceCollection AddKlimasporTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default; here only what the operator names.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address."));
            }

            foreach (var network in networks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var range)
                    ? range
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{network}' is not a network such as 10.0.0.0/8."));
            }
        });
        return services;
    }
}
