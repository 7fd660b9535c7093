using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClusterScope.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PolicyLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PolicyDocuments",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TitleZh = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TitleZhStatus = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IssuerZh = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IssuerEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Issued = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Effective = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublicationNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SourceUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SummaryEn = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SummaryZh = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FullText = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SupersededBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Related = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyDocuments", x => x.Code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyDocuments_UpdatedAt",
                table: "PolicyDocuments",
                column: "UpdatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PolicyDocuments");
        }
    }
}
