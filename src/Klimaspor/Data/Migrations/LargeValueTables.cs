using Microsoft.EntityFrameworkCore.Migrations;

namespace Klimaspor.Data.Migrations;

/// <summary>
/// The data half of migration LargeValuesApart, the same on both providers: each large value moves from its entity's
/// table to a table of its own (docs/adr/0007), and back on the way down. EF Core's scaffold would drop the columns and
/// create the new tables empty.
/// </summary>
internal static class LargeValueTables
{
    private static readonly (string Table, string Column, string Apart)[] Moved =
    [
        ("ReportSubmissions", "Lines", "ReportSubmissionLines"),
        ("ReportSubmissions", "CalculatedLines", "ReportSubmissionCalculatedLines"),
        ("ReportSubmissions", "Facts", "ReportSubmissionFacts"),
        ("ReportSubmissions", "Warnings", "ReportSubmissionWarnings"),
        ("ReportAudit", "AfterLines", "ReportAuditLines"),
        ("ReportFiles", "Content", "ReportFileContents"),
    ];

    /// <summary>After the new tables are created, before the old columns are dropped. Every row gets its row apart: entity splitting reads them with an inner join.</summary>
    public static void MoveOut(MigrationBuilder migrationBuilder)
    {
        foreach (var (table, column, apart) in Moved)
        {
            migrationBuilder.Sql($"INSERT INTO \"{apart}\" (\"Id\", \"{column}\") SELECT \"Id\", \"{column}\" FROM \"{table}\";");
        }
    }

    /// <summary>After the old columns are added back, before the tables apart are dropped.</summary>
    public static void MoveBack(MigrationBuilder migrationBuilder)
    {
        foreach (var (table, column, apart) in Moved)
        {
            migrationBuilder.Sql($"UPDATE \"{table}\" SET \"{column}\" = (SELECT a.\"{column}\" FROM \"{apart}\" a WHERE a.\"Id\" = \"{table}\".\"Id\");");
        }
    }
}
