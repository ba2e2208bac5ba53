using System.Security.Claims;
using System.Security.Cryptography;
using Klimaspor.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Web;

/// <summary>Marks a POST that creates something: it honours the Idempotency-Key header.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class IdempotentCreateAttribute : Attribute;

public static class Idempotency
{
    public const string Header = "Idempotency-Key";
    private const int MaxKeyLength = 200;

    public static TBuilder Idempotent<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new IdempotentCreateAttribute());

    /// <summary>
    /// The same caller repeating a key with the same body gets the first response again; with another body, 422.
    /// A pending record is written before the handler runs, so two concurrent repeats cannot both create.
    /// </summary>
    public static IApplicationBuilder UseIdempotency(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var key = context.Request.Headers[Header].ToString();
            if (string.IsNullOrEmpty(key) || !HttpMethods.IsPost(context.Request.Method) ||
                context.GetEndpoint()?.Metadata.GetMetadata<IdempotentCreateAttribute>() is null ||
                context.User.Identity?.IsAuthenticated != true)
            {
                await next();
                return;
            }

            var localizer = context.RequestServices.GetRequiredService<IStringLocalizer>();
            if (key.Length > MaxKeyLength)
            {
                await Problem(context, StatusCodes.Status400BadRequest, localizer["Problem.IdempotencyKeyTooLong", MaxKeyLength]);
                return;
            }

            context.Request.EnableBuffering();
            var hash = Convert.ToHexString(await SHA256.HashDataAsync(context.Request.Body, context.RequestAborted));
            context.Request.Body.Position = 0;

            var caller = context.User.FindFirstValue(KlimasporClaims.Subject) ?? context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "?";
            var scope = $"{caller} {context.Request.Path}";
            // A database context of its own, not the request's: the record is saved before the handler runs and after it
            // has finished, and must neither save nor be saved with whatever the handler left in its unit of work.
            await using var own = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            var db = own.ServiceProvider.GetRequiredService<AppDbContext>();
            var clock = context.RequestServices.GetRequiredService<TimeProvider>();

            var record = new IdempotencyRecord
            {
                Caller = scope.Length > 200 ? scope[..200] : scope,
                Key = key,
                RequestHash = hash,
                ResponseBody = string.Empty,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.IdempotencyRecords.Add(record);
            try
            {
                await db.SaveChangesAsync(context.RequestAborted);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                var first = await db.IdempotencyRecords.AsNoTracking()
                    .SingleAsync(r => r.Caller == record.Caller && r.Key == key, context.RequestAborted);
                await Replay(context, first, hash, localizer);
                return;
            }

            var original = context.Response.Body;
            await using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            var completed = false;
            try
            {
                await next();
                completed = context.Response.StatusCode < 500;
            }
            finally
            {
                context.Response.Body = original;
                if (completed)
                {
                    record.StatusCode = context.Response.StatusCode;
                    record.ResponseBody = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
                    record.Location = context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null;
                    db.IdempotencyRecords.Update(record);
                }
                else
                {
                    // A failed attempt may be retried with the same key.
                    db.IdempotencyRecords.Remove(record);
                }

                await db.SaveChangesAsync(CancellationToken.None);
            }

            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        });

    private static async Task Replay(HttpContext context, IdempotencyRecord first, string hash, IStringLocalizer localizer)
    {
        if (first.RequestHash != hash)
        {
            await Problem(context, StatusCodes.Status422UnprocessableEntity, localizer["Problem.IdempotencyKeyReused"]);
            return;
        }

        if (first.StatusCode == 0)
        {
            await Problem(context, StatusCodes.Status409Conflict, localizer["Problem.IdempotencyInProgress"]);
            return;
        }

        context.Response.StatusCode = first.StatusCode;
        context.Response.ContentType = first.StatusCode >= 400 ? "application/problem+json" : "application/json; charset=utf-8";
        context.Response.Headers["Idempotent-Replayed"] = "true";
        if (first.Location is not null)
        {
            context.Response.Headers.Location = first.Location;
        }

        await context.Response.WriteAsync(first.ResponseBody, context.RequestAborted);
    }

    private static Task Problem(HttpContext context, int status, string title)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title }, (System.Text.Json.JsonSerializerOptions?)null,
            "application/problem+json", context.RequestAborted);
    }
}
