using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClusterScope.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BilingualPlansAndFrameworks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SourceTextZh",
                table: "Targets",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IssuerZh",
                table: "Plans",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceDocumentZh",
                table: "Plans",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameZh",
                table: "FrameworkVersions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SourceTextZh",
                table: "Targets");

            migrationBuilder.DropColumn(
                name: "IssuerZh",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "SourceDocumentZh",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "NameZh",
                table: "FrameworkVersions");
        }
    }
}
