using System.Net.Http.Json;
using System.Reflection;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>
/// Walks every endpoint the app maps — API routes and pages, found at run time, so one added later is walked without
/// anyone remembering to add it — and calls each as people of other organisations than the one owning a contract.
/// Routes that name a resource must answer 403 or 404; routes that list must not show it; nothing may change it.
/// </summary>
public abstract class TenancyWalkTests(KlimasporApp app)
{
    /// <summary>The contract the outsiders try to reach: Oslobygg KF's, with Fjordbygg as supplier.</summary>
    private const string Target = "OBF-2024-017";
    private const string TargetTitle = "Økern sykehjem – grunnarbeider og råbygg";

    /// <summary>How to fill each route parameter. A new parameter name makes the walk fail until it is taught here.</summary>
    private static Dictionary<string, string> ParameterValues(Guid contractId, Guid fileId, Guid runId, TargetCases cases, Guid errorReportId, Guid budgetReportId,
        Guid networkId) => new()
        {
            // A network of the target's organisation alone, sharing its contracts: for no outsider (issue 15 item 3).
            ["networkId"] = networkId.ToString(),
            ["id"] = contractId.ToString(),
            ["fileId"] = fileId.ToString(),
            // A refused upload's list of errors, the target supplier's: for no one else.
            ["errorReportId"] = errorReportId.ToString(),
            // A requirement and an evaluation the target really has (demo data), so the walk tries real ones.
            ["requirementKey"] = "oslo-2025-maskiner-utslippsfrie",
            ["runId"] = runId.ToString(),
            ["waiverId"] = cases.WaiverId.ToString(),
            ["deviationId"] = cases.DeviationId.ToString(),
            ["bonusId"] = cases.BonusId.ToString(),
            // The target's grid capacity statement (demo data: Økern's grid connection).
            ["statementId"] = cases.StatementId.ToString(),
            // The tertial report the demo produced for the target's unit (issue 15 item 4).
            ["reportId"] = budgetReportId.ToString(),
            // A transport scenario the target's own unit saved on the target (issue 17 item 4).
            ["scenarioId"] = cases.ScenarioId.ToString(),
            // Factor sets are installation-wide; their writing routes are for system administrators only.
            ["key"] = "no-territorial-2021",
            ["version"] = "1",
            ["period"] = "2026-03",
        };

    public static TheoryData<string, string, string> Outsiders => new()
    {
        // another buyer organisation
        { "asker@demo.klimaspor.no", OrgNo.Asker, Roles.FollowUpOfficer },
        // a sibling sub-unit of the owner's own organisation
        { "bym@demo.klimaspor.no", OrgNo.Bymiljoetaten, Roles.FollowUpOfficer },
        // a supplier that is not party to the contract
        { "nordlys@demo.klimaspor.no", OrgNo.Nordlys, Roles.SupplierReporter },
    };

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task EveryEndpoint_CalledByAnOutsider_RefusesOrHidesTheContract(string email, string orgNo, string role)
    {
        var contractId = await app.ContractId(Target);
        var versionBefore = await app.WithDb(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.RowVersion).SingleAsync());
        var countBefore = await app.WithDb(db => db.Contracts.CountAsync());
        var requirementsBefore = await app.WithDb(db => db.Requirements.Where(r => r.ContractId == contractId).Select(r => r.RowVersion).OrderBy(v => v).ToListAsync());
        var runsBefore = await app.WithDb(db => db.ComplianceRuns.CountAsync(r => r.ContractId == contractId));
        var api = await app.ApiFor(orgNo, role);
        var browser = await app.SignedIn(email);
        var token = KlimasporApp.AntiforgeryToken(await browser.GetStringAsync("/"))
            ?? throw new InvalidOperationException("The layout's forms carry no antiforgery token.");
        var runId = await app.WithDb(db => db.ComplianceRuns.Where(r => r.ContractId == contractId).Select(r => r.Id).FirstAsync());
        var cases = await CasesOfTheTarget(contractId);
        var casesBefore = await CaseVersions(cases);
        var targetUnit = await app.WithDb(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.BuyerUnitId).SingleAsync());
        var budgetReport = await app.WithDb(db => db.ClimateBudgetReports.Where(r => r.UnitId == targetUnit).Select(r => r.Id).FirstAsync());
        var values = ParameterValues(contractId, await UploadedFileOfTheTarget(), runId, cases, await ErrorReportOfTheTargetSupplier(), budgetReport,
            await NetworkOfTheTarget());
        var walked = new List<string>();
        var failures = new List<string>();

        foreach (var call in Calls(values))
        {
            var isApi = call.Path.StartsWith("/api/", StringComparison.Ordinal);
            var client = isApi ? api : browser;
            using var request = new HttpRequestMessage(new HttpMethod(call.Method), call.Path + call.Query);
            if (call.Method != "GET")
            {
                request.Content = isApi
                    // An empty object every body type reads (a member a route does not know is refused before its
                    // access check, for anyone and whatever the id, so it would tell nothing about tenancy).
                    ? JsonContent.Create(new { })
                    : new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["rowVersion"] = versionBefore.ToString("N") });
            }

            var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            walked.Add($"{call.Method} {call.Path}{call.Query} -> {status}");

            if (call.NamesResource && status is not (403 or 404))
            {
                failures.Add($"{call.Method} {call.Path}{call.Query} answered {status}, expected 403 or 404");
            }
            else if (body.Contains(Target, StringComparison.Ordinal) || body.Contains(TargetTitle, StringComparison.Ordinal))
            {
                failures.Add($"{call.Method} {call.Path}{call.Query} showed the contract ({status})");
            }
            else if (status >= 500)
            {
                failures.Add($"{call.Method} {call.Path}{call.Query} failed with {status}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures) + "\n\nWalked:\n" + string.Join('\n', walked));
        Assert.Contains(walked, w => w.StartsWith("PUT /api/v1/contracts/", StringComparison.Ordinal));
        Assert.Contains(walked, w => w.StartsWith("POST /Contracts/Details/", StringComparison.Ordinal));
        // The grid statements' routes and page are walked too (issue 14 item 4).
        Assert.Contains(walked, w => w.StartsWith($"POST /api/v1/contracts/{contractId}/grid-statements/{cases.StatementId}/decision", StringComparison.Ordinal));
        Assert.Contains(walked, w => w.StartsWith($"POST /Contracts/{contractId}/GridStatements", StringComparison.Ordinal));
        // The target's unit's transport scenario and the strategy that would put requirements on the target (issue 17 item 4).
        Assert.Contains(walked, w => w.StartsWith($"POST /api/v1/transport-footprint/scenarios/{cases.ScenarioId}/strategy", StringComparison.Ordinal));
        // Lists across contracts, where the target's report awaiting review (Økern, October) must not show.
        Assert.Contains(walked, w => w.StartsWith("GET /api/v1/reports/awaiting-review ", StringComparison.Ordinal));
        Assert.Contains(walked, w => w.StartsWith("GET /Reports/AwaitingReview ", StringComparison.Ordinal));
        // The overview across contracts, and scoped to the target or its unit by query: refused, never shown.
        Assert.Contains(walked, w => w.StartsWith("GET /api/v1/statistics ", StringComparison.Ordinal));
        Assert.Contains(walked, w => w.StartsWith("GET /Statistics ", StringComparison.Ordinal));
        // The climate budget of the target's unit and its produced tertial report: refused, never shown (issue 15 item 4).
        Assert.Contains(walked, w => w.StartsWith($"GET /api/v1/climate-budget/reports/{budgetReport} ", StringComparison.Ordinal));
        Assert.Contains(walked, w => w.StartsWith("GET /ClimateBudget ", StringComparison.Ordinal));
        foreach (var (client, path) in new[] { (api, $"/api/v1/climate-budget?unit={targetUnit}"), (api, $"/api/v1/climate-budget/export?unit={targetUnit}&format=pdf"),
                     (browser, $"/ClimateBudget?unit={targetUnit}"), (browser, $"/ClimateBudget?report={budgetReport}"), (browser, $"/ClimateBudget?handler=File&report={budgetReport}&format=xlsx") })
        {
            var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(client == browser || (int)response.StatusCode is 403 or 404, $"{path} answered {(int)response.StatusCode}");
            Assert.True((int)response.StatusCode != 200 || !body.Contains("Oslobygg KF", StringComparison.Ordinal), $"{path} showed the unit's budget");
        }

        // The transport footprint mapping across contracts, and its export (issue 17 item 3).
        Assert.Contains(walked, w => w.StartsWith("GET /api/v1/transport-footprint ", StringComparison.Ordinal));
        Assert.Contains(walked, w => w.StartsWith("GET /api/v1/transport-footprint/export ", StringComparison.Ordinal));
        Assert.Contains(walked, w => w.StartsWith("GET /TransportFootprint ", StringComparison.Ordinal));
        foreach (var (client, path, query) in new[]
                 {
                     (api, "/api/v1/transport-footprint", $"?unit={targetUnit}"), (browser, "/TransportFootprint", $"?unit={targetUnit}"),
                     (api, "/api/v1/transport-footprint/export", $"?unit={targetUnit}&format=csv"),
                 })
        {
            var response = await client.GetAsync(path + query);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(client == browser || (int)response.StatusCode is 403 or 404, $"{path}{query} answered {(int)response.StatusCode}");
            Assert.DoesNotContain(TargetTitle, body, StringComparison.Ordinal);
        }

        foreach (var (client, path) in new[] { (api, "/api/v1/statistics"), (browser, "/Statistics") })
        {
            foreach (var query in new[] { $"?contract={contractId}&year=2026", $"?unit={targetUnit}&year=2026" })
            {
                var response = await client.GetAsync(path + query);
                var body = await response.Content.ReadAsStringAsync();
                // A page refuses a supplier by its policy (the sign-in's access-denied page), the API with 403 or 404.
                Assert.True(client == browser || (int)response.StatusCode is 403 or 404, $"{path}{query} answered {(int)response.StatusCode}");
                Assert.DoesNotContain(TargetTitle, body, StringComparison.Ordinal);
            }
        }

        // A network's members see each other's aggregates, and contracts only where shared: Asker is in the demo network
        // with Oslo, which shares aggregates only, so Asker sees Oslo's figures but never the target (issue 15 item 3).
        var demoNetwork = await app.WithDb(db => db.Networks.Where(n => n.Name == Data.DemoNetworks.Name).Select(n => n.Id).SingleAsync());
        foreach (var (client, path) in new[] { (api, $"/api/v1/networks/{demoNetwork}/comparison"), (browser, $"/Networks/Details/{demoNetwork}"), (api, "/api/v1/networks") })
        {
            var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode is 200 or 403 or 404, $"{path} answered {(int)response.StatusCode}");
            Assert.DoesNotContain(Target, body, StringComparison.Ordinal);
            Assert.DoesNotContain(TargetTitle, body, StringComparison.Ordinal);
        }

        Assert.Equal(versionBefore, await app.WithDb(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.RowVersion).SingleAsync()));
        Assert.Equal(countBefore, await app.WithDb(db => db.Contracts.CountAsync()));
        Assert.Equal(requirementsBefore, await app.WithDb(db => db.Requirements.Where(r => r.ContractId == contractId).Select(r => r.RowVersion).OrderBy(v => v).ToListAsync()));
        Assert.Equal(runsBefore, await app.WithDb(db => db.ComplianceRuns.CountAsync(r => r.ContractId == contractId)));
        Assert.Equal(casesBefore, await CaseVersions(cases));
    }

    /// <summary>
    /// A waiver of the target, its deviation awaiting an answer, a proposed bonus and its grid statement: real ids, so a
    /// refusal is not just a missing row.
    /// </summary>
    private sealed record TargetCases(Guid WaiverId, Guid DeviationId, Guid BonusId, Guid StatementId, Guid ScenarioId);

    private async Task<TargetCases> CasesOfTheTarget(Guid contractId)
    {
        var waiverId = await app.WithDb(db => db.Waivers.Where(w => w.ContractId == contractId).OrderBy(w => w.Reference).Select(w => w.Id).FirstAsync());
        var deviationId = await app.WithDb(db => db.Deviations.Where(d => d.ContractId == contractId && d.Status == Domain.Requirements.DeviationStatus.Open)
            .Select(d => d.Id).FirstAsync());
        var bonusId = await app.WithDb(async db =>
        {
            if (await db.Bonuses.Where(b => b.ContractId == contractId).Select(b => (Guid?)b.Id).FirstOrDefaultAsync() is { } existing)
            {
                return existing;
            }

            var bonus = new Data.Bonus
            {
                ContractId = contractId,
                RequirementKey = "klimabonus",
                ClauseText = "Klimabonus: 10 % av klimaresultatet.",
                Window = "contract",
                ProposedAmountNok = 1_000_000,
                ArithmeticJson = "[]",
            };
            db.Bonuses.Add(bonus);
            await db.SaveChangesAsync();
            return bonus.Id;
        });
        var statementId = await app.WithDb(db => db.GridStatements.Where(g => g.ContractId == contractId).Select(g => g.Id).FirstAsync());
        var owner = await app.WithDb(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.BuyerUnitId).SingleAsync());
        return new TargetCases(waiverId, deviationId, bonusId, statementId, await StoredScenarios.Of(app, owner, contractId));
    }

    private Task<string> CaseVersions(TargetCases cases) => app.WithDb(async db => string.Join(' ',
        await db.Waivers.Where(w => w.Id == cases.WaiverId).Select(w => w.RowVersion).SingleAsync(),
        await db.Deviations.Where(d => d.Id == cases.DeviationId).Select(d => d.RowVersion).SingleAsync(),
        await db.Bonuses.Where(b => b.Id == cases.BonusId).Select(b => b.RowVersion).SingleAsync(),
        await db.GridStatements.Where(g => g.Id == cases.StatementId).Select(g => g.RowVersion).SingleAsync(), await db.GridStatements.CountAsync(),
        await db.Waivers.CountAsync(), await db.WaiverHistory.CountAsync(), await db.DeviationHistory.CountAsync()));

    private sealed record Call(string Method, string Path, string Query, bool NamesResource);

    /// <summary>A network with Oslo alone as member, sharing its contracts' figures: the walk's outsiders are not in it.</summary>
    private Task<Guid> NetworkOfTheTarget() => app.WithDb(async db =>
    {
        var oslo = await db.Organisations.Where(o => o.OrgNo == OrgNo.Oslo).Select(o => o.Id).SingleAsync();
        var network = new Data.Network
        {
            Name = "Oslo alene",
            CreatedById = oslo,
            TerritorialFactorSetKey = Domain.Emissions.ReferenceFactorSets.NoTerritorial2021V2.Key,
            TerritorialFactorSetVersion = 2,
            LifeCycleFactorSetKey = Domain.Emissions.ReferenceFactorSets.LifecycleWtw2023V2.Key,
            LifeCycleFactorSetVersion = 2,
        };
        network.Members.Add(new Data.NetworkMember { OrgNo = OrgNo.Oslo, Status = Domain.Networks.NetworkMemberStatus.Accepted, Sharing = Domain.Networks.NetworkSharing.Contracts });
        db.Networks.Add(network);
        await db.SaveChangesAsync();
        return network.Id;
    });

    /// <summary>A file the target's supplier uploaded for the walked period, so the file route is tried on a real one.</summary>
    private Task<Guid> ErrorReportOfTheTargetSupplier() => app.WithDb(async db =>
    {
        var supplier = await db.Organisations.Where(o => o.OrgNo == OrgNo.Fjordbygg).Select(o => o.Id).SingleAsync();
        var report = new Klimaspor.Data.ImportErrorReport { OrganisationId = supplier, CreatedAt = DateTime.UtcNow, Content = "\"Ark\""u8.ToArray() };
        db.ImportErrorReports.Add(report);
        await db.SaveChangesAsync();
        return report.Id;
    });

    private async Task<Guid> UploadedFileOfTheTarget()
    {
        var existing = await app.WithDb(db => db.ReportFiles.Select(f => (Guid?)f.Id).FirstOrDefaultAsync());
        if (existing is { } id)
        {
            return id;
        }

        var supplier = await Demo.Supplier(app);
        using var form = new MultipartFormDataContent();
        var csv = "Maskin-ID;Maskintype;Vekt (tonn);Energibærer;Utslippsklasse;Driftstimer;Drivstoff (liter);Datakilde\nM1;gravemaskin;21;hvo100;stage-v;100;900;manuell\n";
        form.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "Maskiner.csv");
        var rapport = $"Kontrakt;{Target}\nLeverandør org.nr.;{OrgNo.Fjordbygg}\nPeriode;2026-03\n";
        form.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(rapport)), "file", "Rapport.csv");
        var response = await supplier.PostAsync("/api/v1/reports/import", form);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await app.WithDb(db => db.ReportFiles.Where(f => f.FileName == "Maskiner.csv").Select(f => f.Id).FirstAsync());
    }

    /// <summary>Every mapped endpoint that needs a signed-in caller, with each HTTP method and page handler it serves.</summary>
    private IEnumerable<Call> Calls(Dictionary<string, string> values)
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                continue;
            }

            var pattern = endpoint.RoutePattern;
            var path = "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter when values.TryGetValue(parameter.Name, out var value) => value,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter =>
                    throw new InvalidOperationException($"The tenancy walk does not know how to fill {{{parameter.Name}}} in {pattern.RawText}: add it to ParameterValues."),
                _ => throw new InvalidOperationException($"Unexpected route part in {pattern.RawText}"),
            }))));
            var namesResource = pattern.Parameters.Count > 0 && endpoint.Metadata.GetMetadata<InstallationWideAttribute>() is null;

            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                foreach (var (method, handler) in PageHandlers(page))
                {
                    yield return new Call(method, path, handler is null ? "" : $"?handler={handler}", namesResource);
                }

                continue;
            }

            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                yield return new Call(method, path, "", namesResource);
            }
        }
    }

    /// <summary>A page's handlers, found on its page model by Razor Pages' naming convention (OnGet, OnPostArchiveAsync…).</summary>
    private static IEnumerable<(string Method, string? Handler)> PageHandlers(PageActionDescriptor page)
    {
        // Features/Contracts/Details.cshtml → Klimaspor.Features.Contracts.DetailsModel
        var typeName = "Klimaspor" + page.RelativePath.Replace(".cshtml", "Model", StringComparison.Ordinal).Replace('/', '.');
        var model = typeof(Program).Assembly.GetType(typeName)
            ?? throw new InvalidOperationException($"No page model {typeName} for {page.RelativePath}.");
        return model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => m.Name.EndsWith("Async", StringComparison.Ordinal) ? m.Name[..^5] : m.Name)
            .Where(n => n.StartsWith("OnGet", StringComparison.Ordinal) || n.StartsWith("OnPost", StringComparison.Ordinal))
            .Select(n => n.StartsWith("OnGet", StringComparison.Ordinal) ? ("GET", n[5..]) : ("POST", n[6..]))
            .Select(h => (h.Item1, h.Item2.Length == 0 ? null : h.Item2))
            .Distinct();
    }
}

public sealed class TenancyWalkOnSqliteTests(SqliteApp app) : TenancyWalkTests(app), IClassFixture<SqliteApp>;

public sealed class TenancyWalkOnPostgresTests(PostgresApp app) : TenancyWalkTests(app), IClassFixture<PostgresApp>;
