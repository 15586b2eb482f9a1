import { Injectable } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import { DataSource } from 'typeorm';
import { CATEGORY_INFO } from 'src/curriculum/categories';
import { ClientProfileRepository } from 'src/coaching/repositories/client-profile.repository';
import { IdentityRepository } from 'src/coaching/repositories/identity.repository';
import { IdentityPictures } from 'src/coaching/identities/identity-pictures';

export interface IAmStatementLine {
  identityName: string;
  categoryLabel: string;
  statement: string;
  /** The identity's saved studio picture (PNG), shown above its statement. */
  picture?: Buffer;
}

export interface IAmDocumentContent {
  clientName: string;
  createdOn: Date;
  statements: IAmStatementLine[];
}

const PAGE_MARGIN = 64;
const PICTURE_SIZE = 180;
const INK = '#1f2a2e';
const ACCENT = '#2f6f62';
const MUTED = '#6b7a7d';

const formatDate = (date: Date): string =>
  date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

// Typeset with PDF text (selectable, searchable, screen-reader friendly), not an image:
// a serif statement per identity with its name and area of life as a small caption.
export const renderIAmDocument = (content: IAmDocumentContent): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: PAGE_MARGIN,
      info: { Title: `I am — ${content.clientName}`, Author: 'Dev Coach', Subject: '"I am" statements' },
      displayTitle: true,
      lang: 'en',
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    doc.fillColor(ACCENT).font('Helvetica-Bold').fontSize(10).text('DEV COACH', { characterSpacing: 2 });
    doc.moveDown(0.6);
    doc.fillColor(INK).font('Times-Bold').fontSize(34).text('I am');
    doc
      .fillColor(MUTED)
      .font('Helvetica')
      .fontSize(11)
      .text(`${content.clientName} · ${formatDate(content.createdOn)}`);
    doc.moveDown(1.5);

    if (content.statements.length === 0) {
      doc
        .fillColor(INK)
        .font('Times-Italic')
        .fontSize(16)
        .text('Your "I am" statements will appear here once you and your coach have written them.');
    }

    const width = doc.page.width - PAGE_MARGIN * 2;
    for (const line of content.statements) {
      // Keep a statement, its picture and its caption together on one page.
      const picture = line.picture ? PICTURE_SIZE + 16 : 0;
      if (doc.y > doc.page.height - PAGE_MARGIN - 110 - picture) {
        doc.addPage();
      }
      if (line.picture) {
        const top = doc.y;
        doc.image(line.picture, PAGE_MARGIN, top, { fit: [PICTURE_SIZE, PICTURE_SIZE] });
        doc.y = top + PICTURE_SIZE + 16;
      }
      doc
        .moveTo(PAGE_MARGIN, doc.y)
        .lineTo(PAGE_MARGIN + 48, doc.y)
        .lineWidth(2)
        .strokeColor(ACCENT)
        .stroke();
      doc.moveDown(0.6);
      doc.fillColor(INK).font('Times-Roman').fontSize(20).text(line.statement, { width, lineGap: 3 });
      doc.moveDown(0.3);
      doc
        .fillColor(MUTED)
        .font('Helvetica')
        .fontSize(10)
        .text(`${line.identityName} — ${line.categoryLabel}`, { width });
      doc.moveDown(1.4);
    }
    doc.end();
  });

@Injectable()
export class IAmDocumentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly identities: IdentityRepository,
    private readonly profiles: ClientProfileRepository,
    private readonly pictures: IdentityPictures,
  ) {}

  async render(userId: string, now: Date = new Date()): Promise<Buffer> {
    const db = this.dataSource.manager;
    const [profile, identities] = await Promise.all([
      this.profiles.find(db, userId),
      this.identities.listLive(db, userId),
    ]);
    const written = identities.filter((identity) => identity.iAmStatement?.trim());
    const pictures = await this.pictures.picturesFor(
      userId,
      written.map((identity) => identity.id),
    );
    const statements = written.map((identity) => ({
      identityName: identity.name,
      categoryLabel: CATEGORY_INFO[identity.category].label,
      statement: identity.iAmStatement?.trim() ?? '',
      picture: pictures.get(identity.id),
    }));
    return renderIAmDocument({
      clientName: profile?.firstName?.trim() || 'You',
      createdOn: now,
      statements,
    });
  }
}
