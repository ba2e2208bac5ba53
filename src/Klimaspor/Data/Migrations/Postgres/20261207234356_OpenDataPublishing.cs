using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Klimaspor.Data.Migrations.Postgres
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OpenDataContactEmail",
                table: "Organisations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OpenDataDescription",
                table: "Organisations",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OpenDataLicence",
                table: "Organisations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OpenDataPublished",
                table: "Organisations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OpenDataTitle",
                table: "Organisations",
                type: "character varying(200)",
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
