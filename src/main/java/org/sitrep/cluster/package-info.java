/** Clustering across articles: documents into stories, and event mentions into real-world events, from features sitrep extracts. */
package org.sitrep.cluster;
