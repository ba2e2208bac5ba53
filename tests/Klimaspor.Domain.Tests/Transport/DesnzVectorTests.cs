using System.Globalization;
using Klimaspor.Domain.Transport;

namespace Klimaspor.Domain.Tests.Transport;

/// <summary>
/// Every row of ../shared/spec/transport-test-vectors.csv (copied beside this test): UK DESNZ "Greenhouse gas reporting:
/// conversion factors 2023", v1.1 (20 June 2023), flat file, applied to round activities. The file's header: "ttw =
/// Scope 1 (Scope 2 for electric vehicles); wtt = Scope 3 well-to-tank; wtw = ttw + wtt (+ T&amp;D for electric)".
/// </summary>
public sealed class DesnzVectorTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var row in Vectors())
        {
            data.Add(row["case_id"]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void DesnzFactorSet_VectorRow_GivesThePublishedArithmetic(string caseId)
    {
        var vector = Vectors().Single(v => v["case_id"] == caseId);
        // The set's row is found by DESNZ's own name for it, so a row of the file that the set lacks fails here.
        var row = Assert.Single(DesnzFactors.Rows, r => r.DirectRow == vector["factor_ttw_row"]);
        Assert.Equal(vector["factor_wtt_row"], row.WellToTankRow);
        Assert.Equal(Number(vector["factor_ttw"]), row.Direct);
        Assert.Equal(Number(vector["factor_wtt"]), row.WellToTank);

        var result = DesnzFactors.Apply(row, Number(vector["activity"]));

        Assert.Equal(Number(vector["expected_ttw_kg"]), result.Direct);
        Assert.Equal(Number(vector["expected_wtt_kg"]), result.WellToTank);
        Assert.Equal(Number(vector["expected_wtw_kg"]), result.WellToWheel);
    }

    [Fact]
    public void DesnzFactorSet_BatteryVan_DirectIsScope2AndLossesOnlyInWellToWheel()
    {
        // V2: "Van average (up to 3.5 t) battery electric; wtw adds T&D 0.005859078/km". Its direct figure is the UK
        // grid's Scope 2, which Norway's territorial boundary counts as zero: DESNZ's scope is kept, not relabelled.
        var row = DesnzFactors.Find("van-average-bev")!;

        var result = DesnzFactors.Apply(row, 15_000);

        Assert.Equal(DesnzScope.Scope2, result.DirectScope);
        Assert.Equal(87.886m, result.TransmissionAndDistribution);
        // 1014.26046 + 244.95 + 87.88617 = 1347.09663, rounded once: 1347.097; the rounded parts would add to 1347.096.
        Assert.Equal(1347.097m, result.WellToWheel);
    }

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static List<Dictionary<string, string>> Vectors()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Transport", "transport-test-vectors.csv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        var header = lines[0].Split(',');
        // The descriptions hold no commas except V2's "; wtw adds T&D …", which has none either: a plain split reads the file.
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(','), (h, v) => (h, v)).ToDictionary(p => p.h, p => p.v))];
    }
}
