using Klimaspor.Domain.Requirements;
using static Klimaspor.Domain.Tests.Requirements.Site;

namespace Klimaspor.Domain.Tests.Requirements;

/// <summary>
/// Grid capacity as a site's statement (issue 14 item 4). Source: Oslo kommune's 2019 requirements as the domain README
/// summarises them (the full text could not be retrieved here): "the zero-emission requirement is reduced pro rata if
/// the grid owner cannot deliver enough power to the site". The power is a site's, so the relief is the site's too.
/// </summary>
public sealed class GridStatementTests
{
    private const string Okern = "Økern";
    private const string Toyen = "Tøyen";

    private static RequirementRule ZeroEmissionWithRelief => Rule(RequirementPresets.Oslo2019FossilFreeSite, "oslo-2019-utslippsfri-andel");

    [Fact]
    public void GridRelief_StatementForOneOfTwoSites_RelievesThatSitesHoursOnly()
    {
        // Økern: 300 of 500 kW, so its 100 h are held to 60 %; Tøyen has no statement, so its 100 h are held to 100 %.
        // The period's threshold is the hours-weighted mean: (0.6 × 100 + 1 × 100) / 200 = 80 %; measured 160 / 200 = 80 %.
        var facts = Contract(Month(1,
                Machine("OK-1", "el-kabel", hours: 60, site: Okern), Machine("OK-2", "hvo100", hours: 40, site: Okern),
                Machine("TO-1", "el-batteri", hours: 100, site: Toyen)))
            with
        { GridCapacity = [new GridCapacity("2025-01", 300, 500, Okern)] };

        var verdict = Only(facts, ZeroEmissionWithRelief);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.Equal(0.8m, verdict.EffectiveThreshold);
        Assert.Equal(0.8m, verdict.Measured);
    }

    [Fact]
    public void GridRelief_StatementForTheOnlySite_NamesTheSite()
    {
        var facts = Contract(Month(1, Machine("OK-1", "el-kabel", hours: 70, site: Okern), Machine("OK-2", "hvo100", hours: 30, site: Okern)))
            with
        { GridCapacity = [new GridCapacity("2025-01", 300, 500, Okern)] };

        var verdict = Only(facts, ZeroEmissionWithRelief);

        Assert.Equal(0.6m, verdict.EffectiveThreshold);
        Assert.Contains("The grid can supply 300 kW of the 500 kW the site Økern needs in this period.", verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void GridRelief_WaivedMachineOnARelievedSite_IsNotAlsoLeftOut()
    {
        // A rule that both relieves and leaves waived machines out: where the grid relieves the threshold, the waiver
        // does not also take the machine out, or the one shortfall would be relieved twice (60 % of a share without it).
        var rule = ZeroEmissionWithRelief with { Scope = new RequirementScope { Waivers = WaiverFilter.ExceptWaived } };
        var facts = Contract(Month(1, Machine("PIN-1", "el-kabel", hours: 50), Machine("PIN-7", "hvo100", hours: 50)))
            with
        {
            GridCapacity = [new GridCapacity("2025-01", 300, 500)],
            Waivers = [Waiver("FR-1", "PIN-7", "2025-01")],
        };

        var verdict = Only(facts, rule);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(0.5m, verdict.Measured);
        Assert.Equal(0.6m, verdict.EffectiveThreshold);
        Assert.Empty(verdict.WaiversUsed);
        Assert.Contains("Waiver FR-1 does not exempt PIN-7 in 2025-01: the requirement is already reduced there", verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void GridRelief_WaivedMachineWhereTheGridIsEnough_LeftOut()
    {
        var rule = ZeroEmissionWithRelief with { Scope = new RequirementScope { Waivers = WaiverFilter.ExceptWaived } };
        var facts = Contract(Month(1, Machine("PIN-1", "el-kabel", hours: 50), Machine("PIN-7", "hvo100", hours: 50)))
            with
        { Waivers = [Waiver("FR-1", "PIN-7", "2025-01")] };

        var verdict = Only(facts, rule);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.Equal(["FR-1"], verdict.WaiversUsed);
    }

    private static readonly DateOnly Start = new(2026, 1, 1);
    private static readonly DateOnly End = new(2027, 6, 30);

    private static GridStatementInput Statement => new()
    {
        PeriodFrom = "2026-07",
        PeriodTo = "2027-01",
        NeededKw = 400,
        AvailableKw = 250,
        GridOwnerReference = "Elvia AS, 12.06.2026, sak 2026-118734",
    };

    [Fact]
    public void Validate_ContractWithOneSite_NeedsNoSiteAndStoresNone()
    {
        var (valid, errors) = GridStatementRules.Validate(Statement, Start, End, [Okern]);
        Assert.Empty(errors);
        Assert.Null(valid!.Site);

        (valid, errors) = GridStatementRules.Validate(Statement with { Site = "økern" }, Start, End, [Okern]);
        Assert.Empty(errors);
        Assert.Null(valid!.Site);
    }

    [Fact]
    public void Validate_ContractWithTwoSites_NeedsOneOfThem()
    {
        Assert.Equal(("site", "Validation.Required"), Error(GridStatementRules.Validate(Statement, Start, End, [Okern, Toyen]).Errors));
        Assert.Equal(("site", "GridStatements.UnknownSite"), Error(GridStatementRules.Validate(Statement with { Site = "Ullevål" }, Start, End, [Okern, Toyen]).Errors));
        Assert.Equal(Toyen, GridStatementRules.Validate(Statement with { Site = "TØYEN" }, Start, End, [Okern, Toyen]).Statement!.Site);
    }

    [Fact]
    public void Validate_GridNotShortOrNoReference_Refused()
    {
        var (_, errors) = GridStatementRules.Validate(Statement with { AvailableKw = 400, GridOwnerReference = " " }, Start, End, []);

        Assert.Equal([("availableKw", "Waivers.GridNotShort"), ("gridOwnerReference", "Validation.Required")], errors.Select(e => (e.Field, e.MessageKey)));
    }

    [Fact]
    public void Overlaps_SameSiteSharedMonth_TrueOtherSiteFalse()
    {
        Assert.True(GridStatementRules.Overlaps(null, "2026-07", "2026-09", null, "2026-09", "2026-12"));
        Assert.False(GridStatementRules.Overlaps(null, "2026-07", "2026-08", null, "2026-09", "2026-12"));
        Assert.False(GridStatementRules.Overlaps(Okern, "2026-07", "2026-09", Toyen, "2026-07", "2026-09"));
    }

    private static (string, string) Error(IReadOnlyList<Validation.Problem> errors) => (Assert.Single(errors).Field, errors[0].MessageKey);
}
