package org.reportstats.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionDetectorTest {
    private static final MentionDetector DETECTOR = new MentionDetector(TaxonomyLoader.loadDefault());

    private static List<String> techs(String sentence) {
        return DETECTOR.detect(sentence).stream().map(Mention::technology).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We run K8s and kube in prod.|Kubernetes,Kubernetes",
            "K8s-based and Mesos-based platforms.|Kubernetes,Mesos",
            "Kubernetes' scheduler and Kubernetes's API.|Kubernetes,Kubernetes",
            "Docker Swarm, swarm mode and SwarmKit are one thing.|Docker Swarm,Docker Swarm,Docker Swarm",
            "Mesosphere ships DC/OS on Mesos.|Mesosphere,DC/OS,Mesos",
            "CRI-O, containerd, runC and rkt.|CRI-O,containerd,runC,rkt",
            "Google Cloud Functions beat AWS Lambda on cold starts.|Google Cloud Functions,AWS Lambda",
            "A swarm of attendees blocked the hall.|",
            "The captain at the helm looked calm.|",
            "Docs at https://kubernetes.io/docs/ or write to k8s@example.com.|",
            "Logs live in /var/lib/docker and DOCKER_HOST points to it.|",
            "Kubernetes/Mesos/Swarm: pick one.|Kubernetes,Mesos,Docker Swarm"})
    void findsTechnologiesAndAvoidsTraps(String sentence, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected.split(",")), techs(sentence));
    }

    @Test
    void offsetsPointAtTheSurfaceText() {
        String s = "We compared “Docker Swarm” with K8s.";
        List<Mention> m = DETECTOR.detect(s);
        assertEquals(2, m.size());
        assertEquals("Docker Swarm", s.substring(m.get(0).start(), m.get(0).end()));
        assertEquals("K8s", m.get(1).surface());
    }
}
