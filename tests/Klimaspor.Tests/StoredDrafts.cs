using System.Text.Json;
using Klimaspor.Data;
using Klimaspor.Features.FactorSets;
using Klimaspor.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Tests;

/// <summary>A stored draft's lines as JSON text: what tests compare between the ways in.</summary>
public static class StoredDrafts
{
    public static string Text(byte[]? packed) => JsonSerializer.Serialize(ReportStore.Lines(packed), FactorSetStore.Json);

    public static async Task<string> DraftTextAsync(this IQueryable<SupplierReport> reports) => Text(await reports.Select(r => r.DraftLines).SingleAsync());

    public static async Task<List<string>> DraftTextsAsync(this IQueryable<SupplierReport> reports) =>
        [.. (await reports.Select(r => r.DraftLines).ToListAsync()).Select(Text)];
}
