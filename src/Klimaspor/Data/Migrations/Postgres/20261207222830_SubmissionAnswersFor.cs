using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Klimaspor.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SubmissionAnswersFor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AnswersFor",
                table: "ReportSubmissions",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnswersFor",
                table: "ReportSubmissions");
        }
    }
}
