using System.Security.Claims;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Transport;
using Klimaspor.Features.TransportFootprint;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Data;

/// <summary>
/// The demo's transport scenario and the strategy it became (issue 17 item 4, "a saved scenario and the strategy it
/// became on a contract"): Oslo's follow-up officer tries "60 % elektriske renovasjonsbiler, resten biogass" on the waste
/// collection in Groruddalen over the last twelve whole months, saves it, and turns it into the requirements of the next
/// waste collection contract, created from the scenario. Both go through the app's own use cases as that person, so the
/// demo shows what a buyer gets, from the footprint loader to the catalogue's requirements.
/// </summary>
internal static class DemoScenarios
{
    public const string ScenarioName = "60 % elektriske renovasjonsbiler, resten biogass";

    public static async Task AddAsync(AppDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        // The footprint reads the statistics rows, which the seeded reports get at start: write them now.
        await Features.Reports.ReportAggregates.Backfill(db, cancellationToken);
        var oslo = await db.Organisations.Where(o => o.OrgNo == DemoData.OrgNo.Oslo).Select(o => o.Id).SingleAsync(cancellationToken);
        var unit = await db.Organisations.Where(o => o.OrgNo == DemoData.OrgNo.Renovasjonsetaten).Select(o => o.Id).SingleAsync(cancellationToken);
        var waste = await db.Contracts.Where(c => c.Reference == "REG-2023-004").Select(c => c.Id).SingleAsync(cancellationToken);
        var person = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(KlimasporClaims.Organisation, oslo.ToString()),
                new Claim(KlimasporClaims.Name, "Kari Oppfølger"),
                new Claim(ClaimTypes.Role, Roles.FollowUpOfficer),
            ],
            "demo",
            KlimasporClaims.Name,
            ClaimTypes.Role));
        var services = new AppServices(db, new Tenant(person, db), new SeedingClock(now));

        var saved = await Scenarios.Save(new ScenarioRequest(ScenarioName, waste, null, null, null,
            new ScenarioLevers { ElectricShare = 0.6m, BiogasShare = 0.4m }), services, cancellationToken);
        if (!saved.Succeeded)
        {
            throw new InvalidOperationException("The demo scenario was refused: " + string.Join(", ", saved.Problems.Select(p => p.MessageKey)));
        }

        // The next contract, two years on, for four years: the years in its title are the seeding day's, never fixed.
        var first = now.Year + 2;
        var applied = await ScenarioStrategy.Apply(saved.Value.Id!.Value, new StrategyRequest(null, new ContractDraft
        {
            Reference = $"REG-{first}-001",
            Title = $"Avfallsinnsamling Groruddalen {first}–{first + 4}",
            BuyerUnitId = unit,
            SupplierOrgNo = DemoData.OrgNo.RenBy,
            Sites = [new SiteDraft("Groruddalen", null, "Oslo")],
            StartDate = new DateOnly(first, 6, 1),
            EndDate = new DateOnly(first + 4, 5, 31),
            ValueNok = 420_000_000m,
            CpvCode = "90511000-2",
        }), services, cancellationToken);
        if (!applied.Succeeded)
        {
            throw new InvalidOperationException("The demo strategy was refused: " + string.Join(", ", applied.Problems.Select(p => p.Field + " " + p.MessageKey)));
        }
    }

    /// <summary>The seeding day as the use cases' clock.</summary>
    private sealed class SeedingClock(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(now, DateTimeKind.Utc));
    }
}
