using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Requirements;
using static Klimaspor.Domain.Tests.Requirements.Site;

namespace Klimaspor.Domain.Tests.Requirements;

/// <summary>
/// Every reporter counts (issue 14 item 6). The domain README: the contractor's reporter is the "supplier (main
/// contractor; subcontractors report through it or directly)"; the template gives a machine line "ownerOrgNo …
/// organisation number (subcontractor or rental firm)". DFØ's follow-up guidance counts everything inside the fence:
/// "Innenfor byggjerdet finnes det tre hovedkilder til utslipp som skal håndteres: Anleggsmaskiner, Energi- og
/// varmebruk, Transport på byggeplassen" (https://anskaffelser.no/hva-skal-du-kjope/bygg-anlegg-og-eiendom-bae/
/// utslippsfrie-bygg-og-anleggsplasser/hvordan-folge-opp-utslippsreduksjon-pa-bygg-og-anleggsplasser): a sum without a
/// subcontractor's machines is not the site's.
/// </summary>
public sealed class EveryReporterTests
{
    private static readonly Reporter Main = new("923609016", "Veidekke Entreprenør AS");
    private static readonly Reporter Graving = new("974760673", "Brødrene Dahl Graving AS");
    private static readonly Reporter Kran = new("986105174", "Kranservice Øst AS");

    private static readonly RequirementRule ZeroEmissionHours = new()
    {
        Key = "ze",
        ClauseText = "Minst 75 % utslippsfrie maskintimer.",
        Metric = MetricCatalogue.Find(MetricCatalogue.ZeroEmissionMachineHourShare)!.Definition,
        Comparison = Comparison.AtLeast,
        Threshold = 0.75m,
    };

    private static IReadOnlyList<Reporter> Missing(PeriodReporting reporting) => ReportingCompleteness.Missing(Main, [Graving, Kran], reporting);

    [Fact]
    public void Missing_SubcontractorOnMainSuppliersLinesAnotherWithItsOwnReport_NoneMissing()
    {
        var missing = Missing(new PeriodReporting { OwnReports = [Main.OrgNo, Kran.OrgNo], OnMainSuppliersLines = [Graving.OrgNo] });

        Assert.Empty(missing);
    }

    [Fact]
    public void Missing_SubcontractorDeclaredWithoutActivity_NotMissing()
    {
        var missing = Missing(new PeriodReporting { OwnReports = [Main.OrgNo], DeclaredInactive = [Graving.OrgNo] });

        Assert.Equal([Kran], missing);
    }

    [Fact]
    public void Missing_MainSupplierNotReported_ItsLinesAndDeclarationsCountForNothing()
    {
        // Lines and declarations are the main supplier's word: without its counted report (returned, say) there are none.
        var missing = Missing(new PeriodReporting { OwnReports = [Kran.OrgNo], OnMainSuppliersLines = [Graving.OrgNo], DeclaredInactive = [Graving.OrgNo] });

        Assert.Equal([Main, Graving], missing);
    }

    [Fact]
    public void Evaluate_SubcontractorMissingAfterTheDueDate_CannotAssessNamingIt()
    {
        var period = Month(1, Machine("PIN-1", "el-batteri")) with { MissingReporters = [Graving] };

        var verdict = Only(Contract(period), ZeroEmissionHours);

        Assert.Equal(ComplianceStatus.CannotAssess, verdict.Status);
        Assert.Null(verdict.Measured);
        Assert.Equal(RequirementMessageKeys.ReportersMissing, Assert.Single(verdict.Reasons).MessageKey);
        Assert.Contains("Brødrene Dahl Graving AS (974760673) – 2025-01", verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MainSupplierReportedEarlySubcontractorStillMissing_NotMetEarly()
    {
        // Submitted early, the main supplier's all-electric month would be met at once; the subcontractor's diesel
        // machines may still come, so it waits for the due date.
        var period = Month(1, Machine("PIN-1", "el-batteri")) with { MissingReporters = [Graving] };

        var verdict = Only(Contract(period), ZeroEmissionHours, new DateOnly(2025, 2, 6));

        Assert.Equal(ComplianceStatus.NotYetDue, verdict.Status);
    }

    [Fact]
    public void IsOverdue_SubcontractorMissing_TheMonthIsOverdueAndLateForReportsOnTime()
    {
        var period = Month(1, Machine("PIN-1", "el-batteri")) with { MissingReporters = [Graving] };
        var onTime = Assert.Single(Preset(RequirementPresets.ReportsOnTime));

        Assert.Equal(["2025-01"], AttentionRanking.OverdueReports([period], new DateOnly(2025, 2, 11)));
        Assert.Equal(1m, Only(Contract(period), onTime with { Window = RequirementWindow.EachPeriod }).Measured);
    }

    [Fact]
    public void Evaluate_EveryoneReported_AssessedAsBefore()
    {
        var verdict = Only(Contract(Month(1, Machine("PIN-1", "el-batteri"), Machine("PIN-2", "diesel", hours: 20))), ZeroEmissionHours);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
    }
}
