using System.Text.Json;
using Klimaspor.Data;
using Klimaspor.Features.FactorSets;
using Klimaspor.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Tests;

/// <summary>A stored draft's lines as JSON text, packed or stored before packing: what tests compare between the ways in.</summary>
public static class StoredDrafts
{
    public static string Text(byte[]? packed, string? json) => JsonSerializer.Serialize(ReportStore.Lines(packed, json), FactorSetStore.Json);

    public static async Task<string> DraftTextAsync(this IQueryable<SupplierReport> reports)
    {
        var stored = await reports.Select(r => new { r.DraftLines, r.DraftJson }).SingleAsync();
        return Text(stored.DraftLines, stored.DraftJson);
    }

    public static async Task<List<string>> DraftTextsAsync(this IQueryable<SupplierReport> reports) =>
        [.. (await reports.Select(r => new { r.DraftLines, r.DraftJson }).ToListAsync()).Select(r => Text(r.DraftLines, r.DraftJson))];
}
