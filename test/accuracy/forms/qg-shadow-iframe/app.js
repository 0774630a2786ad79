/*
 * Orchard & Vale's careers site renders each job page with its own Lit element <ov-job-page>
 * (open shadow root): the job description, a "Send this job to a friend" box, and the ATS's
 * application form in a same-origin iframe (frame.html) that lives inside that shadow root. The
 * share box's state is rendered into <pre id="model"> in the top document.
 */
import { LitElement, css, html } from 'lit';

class OvJobPage extends LitElement {
  static properties = { share: { state: true }, sent: { state: true } };

  static styles = css`
    :host { display: block; }
    .layout { display: grid; grid-template-columns: 1fr 280px; gap: 28px; }
    h1 { font: 600 28px/1.2 'Trebuchet MS', sans-serif; margin: 0 0 6px; color: #23422e; }
    .meta { color: #5c6f62; margin-bottom: 14px; }
    aside { background: #f1f6f2; border-radius: 8px; padding: 16px; font-size: 14px; align-self: start; }
    aside label { display: block; margin-top: 8px; font-weight: 600; } aside input { width: 100%; box-sizing: border-box; padding: 6px; }
    iframe { width: 100%; height: 2100px; border: 1px solid #d9e3dc; border-radius: 6px; margin-top: 18px; }
  `;

  constructor() {
    super();
    this.share = { friend_email: '', your_name: '' };
    this.sent = false;
  }

  update(changed) {
    super.update(changed);
    document.getElementById('model').textContent = JSON.stringify({ share: this.share, share_sent: this.sent }, null, 1);
  }

  edit(key, value) {
    this.share = { ...this.share, [key]: value };
  }

  render() {
    return html`<div class="layout">
      <article>
        <h1>${this.getAttribute('job-title')}</h1>
        <div class="meta">${this.getAttribute('job-meta')}</div>
        <slot name="description"></slot>
        <iframe id="icims_content_iframe" title="Job application form" src=${this.getAttribute('apply-src')} scrolling="no"></iframe>
      </article>
      <aside>
        <strong>Send this job to a friend</strong>
        <form @submit=${(e) => { e.preventDefault(); this.sent = true; }}>
          <label for="share-friend">Friend’s email</label><input id="share-friend" type="email" .value=${this.share.friend_email} @input=${(e) => this.edit('friend_email', e.target.value)}>
          <label for="share-name">Your name</label><input id="share-name" type="text" .value=${this.share.your_name} @input=${(e) => this.edit('your_name', e.target.value)}>
          <p><button type="submit">Send</button></p>
        </form>
      </aside>
    </div>`;
  }
}
customElements.define('ov-job-page', OvJobPage);
