using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Klimaspor.Data.Migrations.Postgres
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
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<byte[]>(
                name: "CalculatedLines",
                table: "ReportSubmissions",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Facts",
                table: "ReportSubmissions",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Lines",
                table: "ReportSubmissions",
                type: "bytea",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "DraftJson",
                table: "Reports",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<byte[]>(
                name: "DraftLines",
                table: "Reports",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "AfterLines",
                table: "ReportAudit",
                type: "bytea",
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
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "DraftJson",
                table: "Reports",
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);
        }
    }
}
