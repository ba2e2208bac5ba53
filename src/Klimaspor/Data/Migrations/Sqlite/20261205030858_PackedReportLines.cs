using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Klimaspor.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PackedReportLines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "LinesJson",
                table: "ReportSubmissions",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AddColumn<byte[]>(
                name: "CalculatedLines",
                table: "ReportSubmissions",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Facts",
                table: "ReportSubmissions",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Lines",
                table: "ReportSubmissions",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "DraftJson",
                table: "Reports",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AddColumn<byte[]>(
                name: "DraftLines",
                table: "Reports",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "AfterLines",
                table: "ReportAudit",
                type: "BLOB",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CalculatedLines",
                table: "ReportSubmissions");

            migrationBuilder.DropColumn(
                name: "Facts",
                table: "ReportSubmissions");

            migrationBuilder.DropColumn(
                name: "Lines",
                table: "ReportSubmissions");

            migrationBuilder.DropColumn(
                name: "DraftLines",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "AfterLines",
                table: "ReportAudit");

            migrationBuilder.AlterColumn<string>(
                name: "LinesJson",
                table: "ReportSubmissions",
                type: "TEXT",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "DraftJson",
                table: "Reports",
                type: "TEXT",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
