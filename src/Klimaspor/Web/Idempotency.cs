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

    /// <summary>How long a key is kept: a repeat after that is a new request.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);

    /// <summary>
    /// The largest first response kept to replay (UTF-8 bytes). A larger one (a 201 with a 100 000-line report, a long
    /// 422) is sent as it is written, never held whole, and only its status and Location are kept: a repeat gets those
    /// with no body (a 4xx a short problem saying so). Without the bound each such request held its answer twice in
    /// memory and stored it (306 MB for one refused upload).
    /// </summary>
    public const int MaxKeptBodyBytes = 1024 * 1024;

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

            // Expired keys go where new ones are written, so that no job is needed and the table holds a day of keys.
            var now = clock.GetUtcNow().UtcDateTime;
            var expired = now - KeptFor;
            await db.IdempotencyRecords.Where(r => r.CreatedAt < expired).ExecuteDeleteAsync(context.RequestAborted);

            var record = new IdempotencyRecord
            {
                Caller = scope.Length > 200 ? scope[..200] : scope,
                Key = key,
                RequestHash = hash,
                ResponseBody = string.Empty,
                CreatedAt = now,
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
                    .SingleOrDefaultAsync(r => r.Caller == record.Caller && r.Key == key, context.RequestAborted);
                if (first is null)
                {
                    // Removed in between: the first attempt failed, and may be retried.
                    await Problem(context, StatusCodes.Status409Conflict, localizer["Problem.IdempotencyInProgress"]);
                    return;
                }

                await Replay(context, first, hash, localizer);
                return;
            }

            var original = context.Response.Body;
            await using var buffer = new KeptResponse(original, MaxKeptBodyBytes);
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
                    record.ResponseBody = buffer.Kept is { } kept ? System.Text.Encoding.UTF8.GetString(kept) : string.Empty;
                    record.BodyOmitted = buffer.Kept is null;
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

        context.Response.Headers["Idempotent-Replayed"] = "true";
        if (first.Location is not null)
        {
            context.Response.Headers.Location = first.Location;
        }

        if (first.BodyOmitted)
        {
            // The first answer was too large to keep: its status and Location say what happened; a refusal says why there is no more.
            if (first.StatusCode >= 400)
            {
                await Problem(context, first.StatusCode, localizer["Problem.IdempotencyBodyNotKept"]);
            }
            else
            {
                context.Response.StatusCode = first.StatusCode;
            }

            return;
        }

        context.Response.StatusCode = first.StatusCode;
        context.Response.ContentType = first.StatusCode >= 400 ? "application/problem+json" : "application/json; charset=utf-8";

        await context.Response.WriteAsync(first.ResponseBody, context.RequestAborted);
    }

    private static Task Problem(HttpContext context, int status, string title)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title }, (System.Text.Json.JsonSerializerOptions?)null,
            "application/problem+json", context.RequestAborted);
    }
}

/// <summary>
/// The response as it is written, passed on at once, with a copy of its first <c>limit</c> bytes to keep for a replay;
/// past the limit the copy is let go (<see cref="Kept"/> null), so an answer of any size costs at most the limit.
/// </summary>
internal sealed class KeptResponse(Stream inner, int limit) : Stream
{
    private MemoryStream? _copy = new();

    /// <summary>The whole body, or null when it was larger than the limit.</summary>
    public byte[]? Kept => _copy?.ToArray();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count)
    {
        Copy(buffer.AsSpan(offset, count));
        inner.Write(buffer, offset, count);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Copy(buffer.Span);
        return inner.WriteAsync(buffer, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _copy?.Dispose();
            _copy = null;
        }

        base.Dispose(disposing);
    }

    private void Copy(ReadOnlySpan<byte> bytes)
    {
        if (_copy is null)
        {
            return;
        }

        if (_copy.Length + bytes.Length > limit)
        {
            _copy.Dispose();
            _copy = null;
            return;
        }

        _copy.Write(bytes);
    }
}
