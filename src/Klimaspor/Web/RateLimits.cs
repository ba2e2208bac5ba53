using System.Threading.RateLimiting;

namespace Klimaspor.Web;

/// <summary>Slows down guessing of passwords and client secrets; lockout covers accounts, this covers addresses.</summary>
public static class RateLimits
{
    public const string Token = "token";
    public const string Login = "login";

    public static IServiceCollection AddKlimasporRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimits:SignInPerMinute", 30);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            foreach (var name in new[] { Token, Login })
            {
                o.AddPolicy(name, context => RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            }
        });
        return services;
    }
}
