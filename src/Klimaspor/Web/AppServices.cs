using Klimaspor.Data;

namespace Klimaspor.Web;

/// <summary>
/// The services every use case takes, as one parameter: the database, who is asking, and the clock. One object
/// instead of three positional parameters, so a use case's signature says what it needs from the caller (its
/// request) and a fourth service, when one is needed, changes one type rather than every call. Endpoints and pages
/// get it from the request's scope; tests build it with their own database, tenant and clock.
/// </summary>
public sealed record AppServices(AppDbContext Db, Tenant Tenant, TimeProvider Clock);
