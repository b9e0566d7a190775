/**
 * Live video interviews on Jitsi Meet: a room nobody can guess per interview, a join link per
 * participant (signed with a JSON Web Token for a self-hosted Jitsi server or for JaaS by 8x8), and
 * an iCalendar invitation without any link in it. Jitsi keeps no outcome; the interviewers'
 * scorecards in the portal carry it.
 */
package io.hirestage.plugins.jitsi;
