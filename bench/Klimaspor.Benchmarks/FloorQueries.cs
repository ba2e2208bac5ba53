extern alias app;
using app::Klimaspor.Data;
using Npgsql;
using NpgsqlTypes;

namespace Klimaspor.Benchmarks;

/// <summary>
/// The floor of each read: the statements the app sends PostgreSQL for it, word for word as EF Core's command log
/// printed them (<c>Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information</c>, 2026-12-07),
/// with the values the demo buyer's request binds, sent one after another on one pooled connection and every row read.
/// What the app adds over this is its own work: authentication, JSON, evaluation texts, the framework. When a read's
/// queries change, capture them again the same way and change them here.
/// </summary>
internal sealed record FloorQueries(string Name, IReadOnlyList<Func<NpgsqlCommand>> Statements)
{
    // Issued by every request of the demo buyer's token (Web/Authentication.cs) and its tenant (Web/Tenant.cs).
    private const string ApiClientEnabled = """
        SELECT EXISTS (
            SELECT 1
            FROM "ApiClients" AS a
            WHERE a."ClientId" = @clientId AND a."DisabledAt" IS NULL)
        """;

    private const string Scope = """
        SELECT o1."Id", o1."Kind", o1."ParentId", o1."Name", o0."Id"
        FROM (
            SELECT o."Id", o."Kind", o."ParentId", o."Name"
            FROM "Organisations" AS o
            WHERE o."Id" = @organisationId
            LIMIT 2
        ) AS o1
        LEFT JOIN "Organisations" AS o0 ON o1."Id" = o0."ParentId"
        ORDER BY o1."Id"
        """;

    public Func<int, long, Task<bool>> Run(NpgsqlDataSource database) => async (_, _) =>
    {
        await using var connection = await database.OpenConnectionAsync();
        foreach (var statement in Statements)
        {
            await using var command = statement();
            command.Connection = connection;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    _ = reader.GetValue(i);
                }
            }
        }

        return true;
    };

    /// <summary>The four reads' statements, bound as the demo buyer's requests bind them.</summary>
    public static IReadOnlyList<FloorQueries> For(Demo world, Binding b)
    {
        Func<NpgsqlCommand> Sql(string text, params (string Name, object Value, NpgsqlDbType Type)[] parameters) => () =>
        {
            var command = new NpgsqlCommand(text);
            foreach (var (name, value, type) in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value });
            }

            return command;
        };

        var clientId = ("clientId", (object)DemoData.BuyerClientId, NpgsqlDbType.Text);
        var organisationId = ("organisationId", (object)b.Organisation, NpgsqlDbType.Uuid);
        var units = ("units", (object)b.Units, NpgsqlDbType.Array | NpgsqlDbType.Uuid);
        var today = ("today", (object)DateOnly.FromDateTime(DateTime.UtcNow), NpgsqlDbType.Date);
        var auth = new[] { Sql(ApiClientEnabled, clientId), Sql(Scope, organisationId) };
        var contract = 0;
        return
        [
            new("contracts list",
            [
                .. auth,
                Sql("""
                    SELECT count(*)::int
                    FROM "Contracts" AS c
                    WHERE c."BuyerUnitId" = ANY (@units) AND c."ArchivedAt" IS NULL
                    """, units),
                Sql("""
                    SELECT c0."Id", c0."Reference", c0."Title", o."Id", o."Name", o."OrgNo", o0."Id", o0."Name", o0."OrgNo", c0."Category", c0."StartDate", c0."EndDate", c0."ValueNok", c0."ArchivedAt" IS NOT NULL
                    FROM (
                        SELECT c."Id", c."ArchivedAt", c."BuyerUnitId", c."Category", c."EndDate", c."Reference", c."StartDate", c."SupplierId", c."Title", c."ValueNok"
                        FROM "Contracts" AS c
                        WHERE c."BuyerUnitId" = ANY (@units) AND c."ArchivedAt" IS NULL
                        ORDER BY c."Reference", c."Id"
                        LIMIT @p2 OFFSET @p
                    ) AS c0
                    INNER JOIN "Organisations" AS o ON c0."BuyerUnitId" = o."Id"
                    INNER JOIN "Organisations" AS o0 ON c0."SupplierId" = o0."Id"
                    ORDER BY c0."Reference", c0."Id"
                    """, units, ("p2", 25, NpgsqlDbType.Integer), ("p", 0, NpgsqlDbType.Integer)),
                Sql("""
                    SELECT c."ContractId", c."SummaryJson"
                    FROM "ComplianceRuns" AS c
                    WHERE c."ContractId" = ANY (@contractIds) AND c."At" = (
                        SELECT max(c0."At")
                        FROM "ComplianceRuns" AS c0
                        WHERE c0."ContractId" = c."ContractId")
                    """, ("contractIds", b.FirstPage, NpgsqlDbType.Array | NpgsqlDbType.Uuid)),
            ]),
            new("reports due list",
            [
                .. auth,
                Sql("""
                    SELECT c."Id", c."Reference", c."Title", o."Name" AS "Buyer", c."StartDate", c."EndDate", c."ReportingFrequency", c."ReportDueDay", c."SupplierId"
                    FROM "Contracts" AS c
                    INNER JOIN "Organisations" AS o ON c."BuyerUnitId" = o."Id"
                    WHERE c."BuyerUnitId" = ANY (@units) AND c."ArchivedAt" IS NULL AND c."StartDate" <= @today
                    """, units, today),
                Sql("""
                    SELECT o."Id", o."CreatedAt", o."Kind", o."LifeCycleFactorSetKey", o."Name", o."OrgNo", o."ParentId", o."TerritorialFactorSetKey"
                    FROM "Organisations" AS o
                    WHERE o."Id" = ANY (@supplierIds)
                    """, ("supplierIds", b.Suppliers, NpgsqlDbType.Array | NpgsqlDbType.Uuid)),
                Sql("""
                    SELECT r."ContractId", r."SupplierId", r."Period", r."Status"
                    FROM "Reports" AS r
                    WHERE r."ContractId" = ANY (@contractIds) AND r."SupplierId" = ANY (@supplierIds)
                    """, ("contractIds", b.Started, NpgsqlDbType.Array | NpgsqlDbType.Uuid), ("supplierIds", b.Suppliers, NpgsqlDbType.Array | NpgsqlDbType.Uuid)),
            ]),
            new("compliance of a contract",
            [
                .. auth,
                () => Sql("""
                    SELECT c."Id", c."Reference", c."Title"
                    FROM "Contracts" AS c
                    WHERE c."BuyerUnitId" = ANY (@units) AND c."Id" = @contractId
                    LIMIT 2
                    """, units, ("contractId", world.Contracts[Interlocked.Increment(ref contract) % world.Contracts.Count], NpgsqlDbType.Uuid))(),
                () => Sql("""
                    SELECT c."Id", c."At", c."ContractId", c."ResultJson", c."SummaryJson", c."Trigger"
                    FROM "ComplianceRuns" AS c
                    WHERE c."ContractId" = @contractId
                    ORDER BY c."At" DESC
                    LIMIT 1
                    """, ("contractId", world.Contracts[contract % world.Contracts.Count], NpgsqlDbType.Uuid))(),
            ]),
            new("attention list",
            [
                .. auth,
                Sql("""
                    SELECT c."Id", c."Reference", c."Title", c."StartDate", c."EndDate", c."ReportingFrequency", c."ReportDueDay", c."SupplierId"
                    FROM "Contracts" AS c
                    WHERE c."BuyerUnitId" = ANY (@units) AND c."ArchivedAt" IS NULL
                    """, units),
                Sql("""
                    SELECT c."ContractId", c."SummaryJson"
                    FROM "ComplianceRuns" AS c
                    WHERE c."ContractId" IN (
                        SELECT c0."Id"
                        FROM "Contracts" AS c0
                        WHERE c0."BuyerUnitId" = ANY (@units) AND c0."ArchivedAt" IS NULL
                    ) AND c."At" = (
                        SELECT max(c1."At")
                        FROM "ComplianceRuns" AS c1
                        WHERE c1."ContractId" = c."ContractId")
                    """, units),
                Sql("""
                    SELECT r0."ContractId", r0."Period", min(r."SubmittedAt") AS "At"
                    FROM "ReportSubmissions" AS r
                    INNER JOIN "Reports" AS r0 ON r."ReportId" = r0."Id"
                    INNER JOIN (
                        SELECT c."Id", c."SupplierId"
                        FROM "Contracts" AS c
                        WHERE c."BuyerUnitId" = ANY (@units) AND c."ArchivedAt" IS NULL
                    ) AS c0 ON r0."ContractId" = c0."Id"
                    WHERE r0."SupplierId" = c0."SupplierId"
                    GROUP BY r0."ContractId", r0."Period"
                    """, units),
                Sql("""
                    SELECT d."Id", d."ContractId", c0."Reference", c0."Title", d."RequirementKey", d."ClauseText", d."Window", d."Status", d."OpenedAt", d."AnswerDeadline", d."CorrectiveDueDate", d."CorrectiveAction"
                    FROM "Deviations" AS d
                    INNER JOIN "Contracts" AS c0 ON d."ContractId" = c0."Id"
                    WHERE EXISTS (
                        SELECT 1
                        FROM "Contracts" AS c
                        WHERE c."BuyerUnitId" = ANY (@units) AND c."Id" = d."ContractId") AND d."Status" <> 'Closed' AND (d."AnswerDeadline" < @now OR d."CorrectiveDueDate" < @today)
                    """, units, ("now", DateTime.UtcNow, NpgsqlDbType.TimestampTz), today),
                Sql("""
                    SELECT w."Id", w."ContractId", w."Reference", w."MachineId", w."FromDate", w."ToDate", w."Status", w."AppliedAt", w."AssessedAt"
                    FROM "Waivers" AS w
                    WHERE w."ContractId" IN (
                        SELECT c."Id"
                        FROM "Contracts" AS c
                        WHERE c."BuyerUnitId" = ANY (@units) AND c."ArchivedAt" IS NULL
                    ) AND w."Status" IN ('Applied', 'Assessed')
                    """, units),
            ]),
        ];
    }

    /// <summary>
    /// The queries issue 16 put on every request of their kind (Web/SignIn.cs, Web/Authentication.cs, Web/Idempotency.cs,
    /// Features/Reports/ImportErrorReports.cs), each alone: what one costs a request.
    /// </summary>
    public static IReadOnlyList<FloorQueries> HotPathExtras(Binding b)
    {
        Func<NpgsqlCommand> Sql(string text, string name, object value, NpgsqlDbType type) => () =>
            new NpgsqlCommand(text) { Parameters = { new NpgsqlParameter(name, type) { Value = value } } };

        var expired = DateTime.UtcNow.AddHours(-24);
        return
        [
            new("extra query: security stamp, per cookie request", [Sql("""
                SELECT a."SecurityStamp"
                FROM "AspNetUsers" AS a
                WHERE a."Id" = @userId
                LIMIT 2
                """, "userId", b.User, NpgsqlDbType.Uuid)]),
            new("extra query: API client enabled, per token request", [Sql(ApiClientEnabled, "clientId", DemoData.BuyerClientId, NpgsqlDbType.Text)]),
            new("extra query: expired idempotency keys deleted, per keyed POST", [Sql("""
                DELETE FROM "IdempotencyRecords" AS i
                WHERE i."CreatedAt" < @expired
                """, "expired", expired, NpgsqlDbType.TimestampTz)]),
            new("extra query: expired error reports deleted, per refused upload", [Sql("""
                DELETE FROM "ImportErrorReports" AS i
                WHERE i."CreatedAt" < @expired
                """, "expired", expired, NpgsqlDbType.TimestampTz)]),
        ];
    }

    /// <summary>The values the demo buyer's requests bind, read from the database as the app reads them.</summary>
    internal sealed record Binding(Guid Organisation, Guid[] Units, Guid[] FirstPage, Guid[] Started, Guid[] Suppliers, Guid User)
    {
        public static async Task<Binding> Read(NpgsqlDataSource database)
        {
            async Task<List<Guid>> Ids(string sql, params object[] values)
            {
                await using var command = database.CreateCommand(sql);
                foreach (var value in values)
                {
                    command.Parameters.Add(new NpgsqlParameter { Value = value });
                }

                var ids = new List<Guid>();
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    ids.Add(reader.GetGuid(0));
                }

                return ids;
            }

            var organisation = (await Ids("""SELECT "OrganisationId" FROM "ApiClients" WHERE "ClientId" = $1""", DemoData.BuyerClientId)).Single();
            Guid[] units = [organisation, .. await Ids("""SELECT "Id" FROM "Organisations" WHERE "ParentId" = $1""", organisation)];
            var firstPage = await Ids("""SELECT "Id" FROM "Contracts" WHERE "BuyerUnitId" = ANY ($1) AND "ArchivedAt" IS NULL ORDER BY "Reference", "Id" LIMIT 25""", units);
            var started = await Ids("""SELECT "Id" FROM "Contracts" WHERE "BuyerUnitId" = ANY ($1) AND "ArchivedAt" IS NULL AND "StartDate" <= $2""", units, DateOnly.FromDateTime(DateTime.UtcNow));
            var suppliers = await Ids("""SELECT DISTINCT "SupplierId" FROM "Contracts" WHERE "Id" = ANY ($1)""", started.ToArray());
            var user = (await Ids("""SELECT "Id" FROM "AspNetUsers" ORDER BY "Email" LIMIT 1""")).Single();
            return new Binding(organisation, units, [.. firstPage], [.. started], [.. suppliers], user);
        }
    }
}
