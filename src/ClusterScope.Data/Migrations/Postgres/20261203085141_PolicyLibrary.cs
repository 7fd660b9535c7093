using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClusterScope.Data.Migrations.Postgres
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
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TitleZh = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    TitleZhStatus = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IssuerZh = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    IssuerEn = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Issued = table.Column<DateOnly>(type: "date", nullable: true),
                    Effective = table.Column<DateOnly>(type: "date", nullable: true),
                    PublicationNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Topics = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SourceUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SummaryEn = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SummaryZh = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    FullText = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SupersededBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Related = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
