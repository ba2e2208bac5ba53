using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Klimaspor.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpenDataPublishing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "OpenDataChangedAt",
                table: "Organisations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OpenDataContactEmail",
                table: "Organisations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OpenDataDescription",
                table: "Organisations",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OpenDataLicence",
                table: "Organisations",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OpenDataPublished",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OpenDataTitle",
                table: "Organisations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OpenDataChangedAt",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "OpenDataContactEmail",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "OpenDataDescription",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "OpenDataLicence",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "OpenDataPublished",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "OpenDataTitle",
                table: "Organisations");
        }
    }
}
